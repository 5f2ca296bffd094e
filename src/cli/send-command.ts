/**
 * `edition send [EDITION] --to ADDRESS`: a test send of one edition's email
 * over SMTP, to editors or a list address. It sends only to the addresses
 * given, never without one, and says what it sent.
 */
import { BuildFailedError } from '../diagnostics.js';
import { parseAddressList } from '../util/mailbox.js';
import { defineCommand } from './command.js';
import { EDITION_ARGUMENT, editionEmail, sender } from './email-edition.js';
import { CliError, EXIT, UsageError } from './io.js';
import { findProject, PROJECT_OPTIONS } from './project.js';
import { printDiagnostics } from './report.js';

export const sendCommand = defineCommand({
  name: 'send',
  summary: "send one edition's email over SMTP to the addresses given (test sends)",
  usage: 'send [EDITION] --to ADDRESS [options]',
  description:
    `Sends the email of one published edition to the addresses after --to, and to no one else.\n${EDITION_ARGUMENT}\n` +
    'The mail server is SMTP_URL (smtp://user:password@smtp.example.org:587, or smtps:// for TLS from the start);\n' +
    'the sender is EMAIL_FROM, or "from" in the email settings.',
  maxPositionals: 1,
  options: {
    to: { type: 'string', value: 'ADDRESS', multiple: true, description: 'who receives it: one address, or several separated by commas or given with --to again' },
    ...PROJECT_OPTIONS,
  },
  async run({ values, positionals }, io) {
    if (values.to === undefined) {
      throw new UsageError('"edition send" needs --to with the addresses to send to, e.g. --to editor@example.org; it never sends to anyone else.');
    }
    const to = parseAddressList(values.to);
    if (!to.ok) throw new UsageError(`--to must be email addresses separated by commas; "${to.bad}" is not one.`);
    const smtpUrl = io.env.SMTP_URL?.trim();
    if (!smtpUrl) throw new CliError('Set SMTP_URL to the mail server to send through, e.g. SMTP_URL=smtp://user:password@smtp.example.org:587.');
    const { sendEmail, serverName, isSmtpUrl } = await import('../email/send-email.js');
    if (!isSmtpUrl(smtpUrl)) throw new CliError('SMTP_URL must be an smtp:// or smtps:// address, e.g. smtp://user:password@smtp.example.org:587.');
    const project = findProject(values, io.cwd);
    try {
      const made = await editionEmail(project, positionals[0], io);
      for (const line of made.warnings) io.stderr.write(`${line}\n`);
      const from = sender(io.env, made.settings);
      const { messageOptions } = await import('../email/email-message.js');
      const options = messageOptions(made.email, { from, to: to.addresses, settings: made.settings });
      let sent;
      try {
        sent = await sendEmail(options, smtpUrl, from.address, to.addresses);
      } catch (cause) {
        throw new CliError(`Could not send through ${serverName(smtpUrl)}: ${(cause as Error).message.split('\n')[0]}. Nothing was sent.`);
      }
      const refused = sent.rejected.length > 0 ? `; the server refused ${sent.rejected.join(', ')}` : '';
      io.stdout.write(`Sent "${made.email.subject}" to ${sent.accepted.join(', ')} (message id ${sent.messageId})${refused}.\n`);
      return sent.accepted.length > 0 ? EXIT.ok : EXIT.problems;
    } catch (cause) {
      if (!(cause instanceof BuildFailedError)) throw cause;
      printDiagnostics(io.stderr, cause.diagnostics, project.root);
      io.stderr.write('The email could not be made: fix the problems above first. Nothing was sent.\n');
      return EXIT.problems;
    }
  },
});
