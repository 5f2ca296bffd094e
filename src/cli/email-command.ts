/** `edition email [EDITION]`: one edition's email as HTML, plain text or a whole .eml message, printed or written to a file. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BuildFailedError } from '../diagnostics.js';
import { defineCommand } from './command.js';
import { EDITION_ARGUMENT, editionEmail, sender } from './email-edition.js';
import { EXIT, UsageError } from './io.js';
import { findProject, PROJECT_OPTIONS } from './project.js';
import { printDiagnostics, shortPath } from './report.js';

const FORMATS = ['html', 'text', 'eml'] as const;

export const emailCommand = defineCommand({
  name: 'email',
  summary: "print one edition's email (HTML, text or .eml) for a mailing service",
  usage: 'email [EDITION] [options]',
  description:
    `Makes the email of one published edition, as the build makes those in .edition-email/, and prints it.\n${EDITION_ARGUMENT}\n` +
    'An .eml is the whole message (HTML and text parts, From, Subject, and List-Unsubscribe when the settings name an address);\n' +
    'its sender is EMAIL_FROM, or "from" in the email settings.',
  maxPositionals: 1,
  options: {
    format: { type: 'string', value: 'html|text|eml', description: 'what to print (default: html)' },
    out: { type: 'string', value: 'FILE', description: 'write it to FILE instead of printing it' },
    ...PROJECT_OPTIONS,
  },
  async run({ values, positionals }, io) {
    const format = values.format ?? 'html';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be html, text or eml, not "${format}".`);
    const project = findProject(values, io.cwd);
    try {
      const made = await editionEmail(project, positionals[0], io);
      for (const line of made.warnings) io.stderr.write(`${line}\n`);
      let output: string;
      if (format === 'eml') {
        const { composeMessage, messageOptions } = await import('../email/email-message.js');
        output = (await composeMessage(messageOptions(made.email, { from: sender(io.env, made.settings), settings: made.settings }))).toString('utf8');
      } else {
        output = format === 'html' ? made.email.html : made.email.text;
      }
      if (values.out === undefined) io.stdout.write(output);
      else {
        const path = resolve(io.cwd, values.out);
        await writeFile(path, output);
        io.stdout.write(`${shortPath(io.cwd, path)}\n`);
      }
      return EXIT.ok;
    } catch (cause) {
      if (!(cause instanceof BuildFailedError)) throw cause;
      printDiagnostics(io.stderr, cause.diagnostics, project.root);
      io.stderr.write('The email could not be made: fix the problems above first.\n');
      return EXIT.problems;
    }
  },
});
