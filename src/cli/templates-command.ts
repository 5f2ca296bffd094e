/** `edition templates [eject [NAME…]]`: which templates a site overrides, and copying Edition's out to customise. */
import { resolve } from 'node:path';
import { BUILTIN_TEMPLATES, editionVersion } from '../package-files.js';
import { didYouMean } from '../util/did-you-mean.js';
import { defineCommand } from './command.js';
import { CliError, EXIT, UsageError } from './io.js';
import { plural, shortPath } from './report.js';

export const templatesCommand = defineCommand({
  name: 'templates',
  summary: "list the templates a site uses; eject copies Edition's into templates/ to customise",
  usage: 'templates [eject [NAME...]] [options]',
  description:
    "Without arguments, lists Edition's templates and says which ones the site overrides with its own file in templates/,\n" +
    'and which of those Edition has changed since they were copied out (compare them after upgrading Edition).\n' +
    '"eject" copies Edition\'s templates into templates/, all of them or those named (edition, partials/offer,\n' +
    'assets/style.css, partials): a build then uses the copies. An existing file is never overwritten.',
  maxPositionals: 64,
  options: {
    root: { type: 'string', value: 'DIR', description: 'project folder (default: the current folder)' },
    json: { type: 'boolean', description: 'print the result as JSON on stdout' },
  },
  async run({ values, positionals }, io) {
    const [action, ...names] = positionals;
    if (action !== undefined && action !== 'eject') {
      const guess = didYouMean(action, ['eject']);
      throw new UsageError(`Unknown "edition templates ${action}".${guess ? ` Did you mean "${guess}"?` : ''} Use "edition templates" or "edition templates eject [NAME...]".`);
    }
    const root = resolve(io.cwd, values.root ?? '.');
    const ownDir = resolve(root, 'templates');
    if (ownDir === resolve(BUILTIN_TEMPLATES)) {
      throw new CliError("This is Edition's own repository: its templates/ are the built-in ones. Run this in a publication's folder.");
    }
    const scaffold = await import('../scaffold/eject-templates.js');
    const show = (path: string) => shortPath(io.cwd, resolve(path));
    if (action === undefined) {
      const statuses = await scaffold.templateStatus(BUILTIN_TEMPLATES, ownDir);
      if (values.json) io.stdout.write(`${JSON.stringify({ ok: true, command: 'templates', edition: editionVersion(), templates: statuses })}\n`);
      else io.stdout.write(statusReport(statuses, { builtIn: show(BUILTIN_TEMPLATES), own: show(ownDir) }));
      return EXIT.ok;
    }
    const resolved = await scaffold.resolveTemplateNames(BUILTIN_TEMPLATES, names);
    if (resolved.unknown.length > 0) {
      const hints = resolved.unknown.map((name) => {
        // Names are matched as they are typed, mostly without ".liquid".
        const short = didYouMean(name.replace(/\.liquid$/, ''), resolved.all.map((n) => n.replace(/\.liquid$/, '')));
        const guess = short === undefined ? undefined : resolved.all.find((n) => n.replace(/\.liquid$/, '') === short);
        return `"${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
      });
      throw new UsageError(`Edition has no template ${hints.join(', ')}. Its templates: ${resolved.all.join(', ')}.`);
    }
    const ejected = await scaffold.ejectTemplates(BUILTIN_TEMPLATES, ownDir, resolved.names, editionVersion());
    if (!ejected.ok) {
      throw new CliError(
        `${show(ownDir)}/ already has ${ejected.existing.join(', ')}, and nothing was copied. ` +
          'Move those files away first, or name only the templates you do not have yet.',
      );
    }
    if (values.json) io.stdout.write(`${JSON.stringify({ ok: true, command: 'templates eject', copied: ejected.copied })}\n`);
    else {
      io.stdout.write(
        `Copied ${plural(ejected.copied.length, 'template')} into ${show(ownDir)}/: ${ejected.copied.join(', ')}.\n` +
          'Builds now use these copies instead of Edition\'s own. After upgrading Edition, run "edition templates"\n' +
          'to see which of them Edition has changed, and compare.\n',
      );
    }
    return EXIT.ok;
  },
});

type Status = Awaited<ReturnType<typeof import('../scaffold/eject-templates.js').templateStatus>>[number];

const DESCRIPTIONS: Record<Status['state'], (status: Status) => string> = {
  'built-in': () => "Edition's",
  own: (s) => `yours${s.ejectedFrom ? ` (copied from Edition ${s.ejectedFrom})` : ''}`,
  'own, Edition changed': (s) => `yours; Edition's has changed since you copied it from ${s.ejectedFrom}: compare`,
  'own, not recorded': () => "yours, and not the same as Edition's: compare",
  'own only': () => 'yours only',
};

function statusReport(statuses: readonly Status[], folders: { builtIn: string; own: string }): string {
  const width = Math.max(...statuses.map((s) => s.name.length));
  const lines = [`Edition ${editionVersion()}'s templates (${folders.builtIn}), and the site's own in ${folders.own}/:`];
  for (const status of statuses) lines.push(`  ${status.name.padEnd(width)}  ${DESCRIPTIONS[status.state](status)}`);
  const compare = statuses.filter((s) => s.state === 'own, Edition changed' || s.state === 'own, not recorded');
  const own = statuses.filter((s) => s.state !== 'built-in').length;
  lines.push('', own === 0 ? "The site uses Edition's templates. Run \"edition templates eject NAME\" to customise one." : `The site overrides ${plural(own, 'template')}.`);
  if (compare.length > 0) {
    lines.push(`Compare ${compare.length === 1 ? 'this one' : 'these'} with Edition's, then update your copy (or delete it to use Edition's):`);
    for (const { name } of compare) lines.push(`  git diff --no-index ${folders.builtIn}/${name} ${folders.own}/${name}`);
    // Edition's own changes alone, without the site's: the file in the version it was copied from against today's.
    const known = compare.filter((s) => s.ejectedFrom !== undefined && s.ejectedFrom !== editionVersion());
    if (known.length > 0) {
      lines.push('What Edition changed in them, without your changes (npm fetches both versions):');
      for (const { name, ejectedFrom } of known) lines.push(`  npm diff --diff=edition@${ejectedFrom} --diff=edition@${editionVersion()} templates/${name}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
