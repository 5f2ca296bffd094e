/** `edition new "Headline"`: start today's edition from a filled-in template, never over an existing file. */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { defineCommand } from './command.js';
import { CliError, EXIT, UsageError } from './io.js';
import { findProject, PROJECT_OPTIONS } from './project.js';
import { printDiagnostics, shortPath } from './report.js';

export const newCommand = defineCommand({
  name: 'new',
  summary: 'start a new edition: content/editions/YYYY-MM-DD-slug.md',
  usage: 'new "Headline" [options]',
  description:
    'Writes content/editions/YYYY-MM-DD-slug.md with the front matter filled in (today in the site time zone,\n' +
    'draft: true) and a line of body text to write over, then prints its path. An existing file is never overwritten.',
  maxPositionals: 1,
  options: {
    date: { type: 'string', value: 'YYYY-MM-DD', description: 'the edition date (default: today in the site time zone)' },
    slug: { type: 'string', value: 'WORDS', description: 'the last part of the web address (default: from the headline)' },
    ...PROJECT_OPTIONS,
    json: { type: 'boolean', description: 'print {"path": …} as JSON on stdout' },
  },
  async run({ values, positionals }, io) {
    const [headline] = positionals;
    if (headline === undefined) throw new UsageError('Give the headline in quotes, e.g. edition new "Punching Back".');
    const project = findProject(values, io.cwd);
    const timezone = await siteTimeZone(project.contentDir, project.root, io.stderr);
    const { planNewEdition, writeNewEdition } = await import('../scaffold/new-edition.js');
    const plan = planNewEdition({
      headline,
      timezone,
      now: io.now(),
      ...(values.date !== undefined ? { date: values.date } : {}),
      ...(values.slug !== undefined ? { slug: values.slug } : {}),
    });
    if (!plan.ok) throw plan.problem === 'slug' ? new CliError(plan.message) : new UsageError(plan.message);
    const path = shortPath(io.cwd, join(project.contentDir, plan.file));
    if (!(await writeNewEdition(project.contentDir, plan))) {
      throw new CliError(`${path} already exists and was left as it is. Open it, or pass --slug to start another edition that day.`);
    }
    io.stdout.write(values.json ? `${JSON.stringify({ ok: true, command: 'new', path })}\n` : `${path}\n`);
    return EXIT.ok;
  },
});

/** The time zone from site.yml; problems in the settings are printed as diagnostics and end the command. */
async function siteTimeZone(contentDir: string, root: string, stderr: Parameters<typeof printDiagnostics>[0]): Promise<string> {
  const sitePath = join(contentDir, 'site.yml');
  const display = relative(root, sitePath).split(sep).join('/');
  let text: string;
  try {
    text = await readFile(sitePath, 'utf8');
  } catch {
    throw new CliError(`${display} is missing. Create it with title, url and description (see the README).`);
  }
  const [{ parseYamlFile }, { resolveSiteConfig }] = await Promise.all([import('../stages/read/parse-yaml-file.js'), import('../stages/validate/validate-settings.js')]);
  const parsed = parseYamlFile({ path: display, text });
  const resolved = parsed.ok ? resolveSiteConfig(parsed.document) : parsed;
  if (!resolved.ok) {
    printDiagnostics(stderr, resolved.diagnostics, root);
    throw new CliError(`Fix ${display} first: "edition new" needs its time zone to know what day it is.`);
  }
  return resolved.config.timezone;
}
