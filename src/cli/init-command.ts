/** `edition init [DIR]`: start a new publication, never over existing files, and say what to do next. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { editionVersion, STARTER } from '../package-files.js';
import { defineCommand } from './command.js';
import { CliError, EXIT, UsageError, type Io } from './io.js';
import { shortPath } from './report.js';

/** The option that sets each setting, for messages about a wrong value. */
const FLAGS: Record<string, string> = { title: '--title', url: '--url', language: '--language', timezone: '--timezone' };

export const initCommand = defineCommand({
  name: 'init',
  summary: 'start a new publication in an empty folder',
  usage: 'init [DIR] [options]',
  description:
    'Writes a new publication into DIR (default: the current folder): content/site.yml, content/offer.md, a first\n' +
    'edition, content/media/, .gitignore, a package.json with the build, dev, check and new scripts, and a GitHub\n' +
    'Actions workflow that builds on every push and every hour and publishes to GitHub Pages. An existing package.json\n' +
    'or .gitignore only gets what it lacks; nothing is written when any other of these files exists already.',
  maxPositionals: 1,
  options: {
    title: { type: 'string', value: 'NAME', description: "the publication's name (default: from the folder's name)" },
    url: { type: 'string', value: 'URL', description: 'the address readers use (default: https://example.com/; set it later in site.yml)' },
    language: { type: 'string', value: 'TAG', description: 'the language of the pages, e.g. fr or pt-BR (default: en)' },
    timezone: { type: 'string', value: 'ZONE', description: "the newsroom's time zone, e.g. Europe/Paris (default: this computer's, else UTC)" },
    json: { type: 'boolean', description: 'print {"files": [...]} as JSON on stdout' },
  },
  async run({ values, positionals }, io) {
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const scaffold = await import('../scaffold/init-site.js');
    const version = editionVersion();
    const plan = await scaffold.planInit(STARTER, {
      dir,
      title: values.title,
      url: values.url,
      language: values.language ?? 'en',
      timezone: values.timezone ?? localTimeZone(),
      now: io.now(),
      version,
    });
    const problems = await scaffold.settingsProblems(plan);
    if (problems.length > 0) {
      throw new UsageError(problems.map((p) => `${FLAGS[p.field] ?? p.field}: ${p.message}`).join('\n'));
    }
    const existing = scaffold.existingFiles(dir, plan.files);
    if (existing[0] === '.') throw new CliError(`${shortPath(io.cwd, dir)} is a file, not a folder: give edition init a new or empty folder, e.g. edition init my-paper.`);
    if (existing.length > 0) {
      throw new CliError(
        `${shortPath(io.cwd, dir)} already has ${existing.join(', ')}: nothing was written. ` +
          'Start the publication in a new or empty folder, e.g. edition init my-paper.',
      );
    }
    const manifest = await scaffold.planPackageJson(dir, version);
    if (!manifest.ok) throw new CliError(manifest.message);
    try {
      await scaffold.writeInit(dir, [...plan.files, manifest.file]);
    } catch (cause) {
      const { code, path } = cause as NodeJS.ErrnoException;
      if (!code) throw cause;
      throw new CliError(`Could not write ${path ? shortPath(io.cwd, path) : 'a file'} (${code}), so nothing was kept. Fix that, then run edition init again.`);
    }
    const written = [...plan.files, manifest.file].map((file) => file.path);
    if (values.json) io.stdout.write(`${JSON.stringify({ ok: true, command: 'init', dir: shortPath(io.cwd, dir), files: written })}\n`);
    else io.stdout.write(report(io, dir, plan, manifest, values.language ?? 'en'));
    return EXIT.ok;
  },
});

/** This computer's time zone, when it has a real one; UTC otherwise. */
function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone !== 'Etc/Unknown' ? zone : 'UTC';
}

type Plan = Awaited<ReturnType<typeof import('../scaffold/init-site.js').planInit>>;
type Manifest = Extract<Awaited<ReturnType<typeof import('../scaffold/init-site.js').planPackageJson>>, { ok: true }>;

function report(io: Io, dir: string, plan: Plan, manifest: Manifest, language: string): string {
  const where = shortPath(io.cwd, dir);
  const what: Record<string, string> = {
    'content/site.yml': `the settings: "${plan.title}", language ${language}, ${plan.url}`,
    'content/offer.md': 'the subscription offer under every edition',
    [plan.firstEdition]: 'the first edition',
    'content/media/.gitkeep': 'keeps content/media/, for images and narration',
    '.gitignore':
      plan.gitignoreAdded === undefined ? 'what git leaves out: public/, node_modules/, caches' : `added ${plan.gitignoreAdded.join(', ')} to yours`,
    '.github/workflows/publish.yml': 'builds and publishes to GitHub Pages on every push and every hour',
    'package.json': manifest.existed
      ? manifest.added.length > 0
        ? `added the scripts ${manifest.added.join(', ')}`
        : 'already had the scripts'
      : 'the scripts build, dev, check and new, and Edition as a dependency',
  };
  const described = [...plan.files.map((file) => file.path), 'package.json'].map((path) => [path, what[path] ?? ''] as const);
  if (plan.gitignoreAdded?.length === 0) described.push(['.gitignore', 'already had what Edition leaves out; kept as it was']);
  const width = Math.max(...described.map(([path]) => path.length));
  const lines = [`Started "${plan.title}" in ${where === '.' ? 'this folder' : `${where}/`}:`];
  for (const [path, about] of described) lines.push(`  ${path.padEnd(width)}  ${about}`.trimEnd());
  if (manifest.kept.length > 0) lines.push(`  (package.json's own ${manifest.kept.join(', ')} script${manifest.kept.length > 1 ? 's were' : ' was'} kept as it was.)`);
  const steps: string[] = [];
  if (where !== '.') steps.push(`cd ${/^[\w./-]+$/.test(where) ? where : `'${where.replace(/'/g, `'\\''`)}'`}`);
  if (!existsSync(join(dir, 'node_modules', 'edition'))) steps.push('npm install                  installs Edition');
  steps.push('npm run dev                  shows the site as you write', 'npm run new -- "Headline"    starts the next edition', 'npm run build                builds public/, ready to publish');
  lines.push('', 'Next:', ...steps.map((step) => `  ${step}`));
  lines.push(
    '',
    'Then set the url in content/site.yml and the offer in content/offer.md, put the folder in a GitHub repository',
    '(git init, commit, push), and turn on GitHub Pages: Settings → Pages → Source: GitHub Actions.',
    'Edition\'s README tells more: "Start a new publication".',
  );
  return `${lines.join('\n')}\n`;
}
