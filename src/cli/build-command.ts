/** `edition build`: content/ → public/, with a one-line summary, progress on a terminal, or JSON. */
import { build, type BuildResult } from '../build.js';
import { BuildFailedError } from '../diagnostics.js';
import { defineCommand } from './command.js';
import { isHttpUrl } from '../util/urls.js';
import { EXIT, UsageError, type Io } from './io.js';
import { createProgress } from './progress.js';
import { findProject, PROJECT_OPTIONS } from './project.js';
import { formatDuration, plural, printDiagnostics, shortPath } from './report.js';

export const OUTPUT_OPTIONS = {
  quiet: { type: 'boolean', description: 'print only problems' },
  json: { type: 'boolean', description: 'print the result as one JSON object on stdout' },
} as const;

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'build content/ into public/, ready to deploy',
  usage: 'build [options]',
  description:
    'Builds the site into public/ (or --out). Drafts and editions dated in the future are left out unless asked for.\n' +
    'Nothing is written when the content has errors; public/ stays as it was.',
  options: {
    ...PROJECT_OPTIONS,
    out: { type: 'string', value: 'DIR', description: 'output folder inside the project (default: public)' },
    url: { type: 'string', value: 'URL', description: "build for this address instead of site.yml's url (a host's preview or Pages address)" },
    drafts: { type: 'boolean', description: 'include editions marked draft: true' },
    future: { type: 'boolean', description: 'include editions dated in the future' },
    'no-cache': { type: 'boolean', description: 'render everything again, without reading or writing .edition-cache/' },
    'no-search': { type: 'boolean', description: 'no search page, search box or search index, whatever site.yml says' },
    releases: { type: 'boolean', description: 'make public a link switched in one step between complete releases (for sites served from this disk)' },
    ...OUTPUT_OPTIONS,
  },
  async run({ values }, io) {
    const project = findProject(values, io.cwd);
    const progress = createProgress(io.stderr, !!io.stderr.isTTY && !values.quiet && !values.json);
    const started = performance.now();
    try {
      const result = await build({
        root: project.root,
        ...(project.contentOption ? { contentDir: project.contentOption } : {}),
        ...(values.out ? { outDir: values.out } : {}),
        ...(values.url !== undefined ? { siteUrl: siteUrlOption(values.url) } : {}),
        drafts: values.drafts,
        future: values.future,
        ...(values['no-cache'] ? { cacheDir: false } : {}),
        ...(values['no-search'] ? { search: false } : {}),
        ...(values.releases ? { releases: true } : {}),
        onStep: (step, count) => progress.step(step, count),
        onRecovered: (message) => io.stderr.write(`${message}\n`),
      });
      progress.done();
      const ms = performance.now() - started;
      if (values.json) io.stdout.write(`${JSON.stringify(buildJson(result, ms))}\n`);
      else {
        printDiagnostics(io.stderr, result.diagnostics, project.root);
        if (!values.quiet) io.stdout.write(buildSummary(result, ms, io));
      }
      return EXIT.ok;
    } catch (cause) {
      progress.done();
      if (!(cause instanceof BuildFailedError)) throw cause;
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ ok: false, command: 'build', diagnostics: cause.diagnostics })}\n`);
      } else {
        printDiagnostics(io.stderr, cause.diagnostics, project.root);
        io.stderr.write(`${cause.message}\n`);
      }
      return EXIT.problems;
    }
  },
});

/**
 * "Built 3 pages (7 files) into public in 84 ms: 1 edition published; 1 draft and 0 scheduled editions left out."
 * then what changed: "7 files written, 0 unchanged, 0 removed; Markdown: 1 rendered, 0 from the cache."
 */
export function buildSummary(result: BuildResult, ms: number, io: Pick<Io, 'cwd'>): string {
  const { published, drafts, scheduled, nextScheduled } = result.editions;
  const { output, rendering } = result;
  let text =
    `Built ${plural(output.pages, 'page')} (${plural(output.files, 'file')}) into ${shortPath(io.cwd, result.outDir)} in ${formatDuration(ms)}: ` +
    `${plural(published, 'edition')} published; ${plural(drafts, 'draft')} and ${scheduled} scheduled left out.\n` +
    `  ${plural(output.written, 'file')} written, ${output.unchanged} unchanged, ${output.removed} removed; ` +
    `Markdown: ${rendering.rendered} rendered, ${rendering.fromCache} from the cache${rendering.threads ? ` (${plural(rendering.threads, 'worker thread')})` : ''}.\n`;
  if (result.email) {
    const { email } = result;
    text += `  Email: ${plural(email.emails, 'edition')} in ${shortPath(io.cwd, email.dir)}, ${plural(email.written, 'file')} written, ${email.unchanged} unchanged, ${email.removed} removed.\n`;
  }
  if (result.search) {
    const { search } = result;
    text += `  Search: ${plural(search.indexes, 'yearly index', 'yearly indexes')} (${search.made} made, ${search.indexes - search.made} kept), ${plural(search.files, 'file')} in pagefind/.\n`;
  }
  if (nextScheduled) {
    text += `Next scheduled edition: ${nextScheduled.file} becomes due at ${nextScheduled.date.iso}; build again then.\n`;
  }
  return text;
}

function buildJson(result: BuildResult, ms: number) {
  const { published, drafts, scheduled, nextScheduled } = result.editions;
  return {
    ok: true,
    command: 'build',
    outDir: result.outDir,
    pages: result.output.pages,
    files: result.output.files,
    output: { written: result.output.written, unchanged: result.output.unchanged, removed: result.output.removed, mode: result.output.mode },
    rendering: result.rendering,
    email: result.email
      ? { dir: result.email.dir, emails: result.email.emails, written: result.email.written, unchanged: result.email.unchanged, removed: result.email.removed }
      : null,
    shareImages: result.shareImages,
    search: result.search ?? null,
    editions: {
      published,
      drafts,
      scheduled,
      nextScheduled: nextScheduled ? { file: nextScheduled.file, date: nextScheduled.date.iso } : null,
    },
    durationMs: Math.round(ms),
    diagnostics: result.diagnostics,
  };
}

/** --url: an absolute http(s) address, where the site is served (a subpath is fine); a usage error otherwise. */
function siteUrlOption(value: string): string {
  if (!isHttpUrl(value)) throw new UsageError(`--url must be an absolute http(s) address, e.g. https://user.github.io/paper/; found "${value}".`);
  return value;
}
