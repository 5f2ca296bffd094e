/** `edition dev`: the live preview. Prints where it serves, then one line per rebuild and any problems. */
import { join, relative } from 'node:path';
import type { DevEvent } from '../dev/dev-server.js';
import { MANIFEST_FILE } from '../cache/output-manifest.js';
import { defineCommand } from './command.js';
import { CliError, EXIT, UsageError, type Io } from './io.js';
import { findProject, PROJECT_OPTIONS, type Project } from './project.js';
import { isScheduled } from '../stages/plan/select-editions.js';
import { formatDuration, plural, printDiagnostics } from './report.js';

export const DEFAULT_PORT = 4000;

export const devCommand = defineCommand({
  name: 'dev',
  summary: 'live preview: serve the site, rebuild on every save, reload the browser',
  usage: 'dev [options]',
  description:
    `Builds the site in memory and serves it on http://localhost:${DEFAULT_PORT}/ (or the next free port), including drafts\n` +
    'and scheduled editions, marked as such on the page. Saving a file in content/ or templates/ rebuilds the site\n' +
    'and reloads open pages; an error is shown on the page and here, and the last good version stays up until it is fixed.',
  options: {
    port: { type: 'string', value: 'N', description: `first port to try (default ${DEFAULT_PORT}; 0 picks any free port)` },
    'strict-port': { type: 'boolean', description: 'exit instead of taking the next free port when the port is in use' },
    host: { type: 'string', value: 'ADDR', description: 'address to listen on (default 127.0.0.1: this computer only; 0.0.0.0: the network)' },
    ...PROJECT_OPTIONS,
    'no-search': { type: 'boolean', description: 'no search page, search box or search index in the preview' },
    quiet: { type: 'boolean', description: 'print only the address and problems' },
  },
  async run({ values }, io) {
    const port = parsePort(values.port);
    const project = findProject(values, io.cwd);
    const log = devLog(io, project, values.quiet);
    // The preview serves from memory, but a build stopped part-way may have left public/ mid-publish:
    // finish it first, unless a build is publishing it right now.
    const { recoverPublish } = await import('../stages/write/finish-publish.js');
    const { lockPublish } = await import('../stages/write/publish-lock.js');
    const outDir = join(project.root, 'public');
    const lock = lockPublish(outDir);
    if (!('heldBy' in lock)) {
      try {
        const recovery = await recoverPublish(outDir, join(project.root, '.edition-cache', MANIFEST_FILE));
        if (recovery) io.stderr.write(`${recovery.message}\n`);
      } finally {
        lock.release();
      }
    }
    let server;
    try {
      // Loaded here so that `edition build` never pays for the watcher and the server.
      const { startDevServer } = await import('../dev/dev-server.js');
      server = await startDevServer({
        root: project.root,
        ...(project.contentOption ? { contentDir: project.contentOption } : {}),
        ...(values.host ? { host: values.host } : {}),
        port,
        strictPort: values['strict-port'],
        ...(values['no-search'] ? { search: false } : {}),
        onEvent: (event) => log.event(event),
        now: io.now,
      });
    } catch (cause) {
      const { ListenError } = await import('../dev/listen.js');
      if (cause instanceof ListenError) throw new CliError(cause.message);
      throw cause;
    }
    log.started(server.url);
    if (!io.signal.aborted) await new Promise((done) => io.signal.addEventListener('abort', done, { once: true }));
    await server.close();
    io.stdout.write('Stopped the preview.\n');
    return EXIT.ok;
  },
});

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new UsageError(`The port must be a number from 0 to 65535, e.g. --port ${DEFAULT_PORT}; found "${text}".`);
  }
  return port;
}

/**
 * Terminal lines for the dev server's events: the first build is summarised
 * once the address is known; each rebuild gets one line, with the time and
 * the files that triggered it.
 */
function devLog(io: Io, project: Project, quiet: boolean) {
  const { stdout, stderr } = io;
  const time = () => new Date(io.now()).toTimeString().slice(0, 8);
  const what = (trigger: string[]) => (trigger.length === 1 ? trigger[0]! : plural(trigger.length, 'file'));
  const built = (event: Extract<DevEvent, { type: 'built' }>, first: boolean) => {
    if (first) {
      const editions = event.result.site.editions;
      const drafts = editions.filter((e) => e.draft).length;
      const scheduled = editions.filter((e) => isScheduled(e, event.result.site.now) && !e.draft).length;
      printDiagnostics(stderr, event.result.diagnostics, project.root);
      if (quiet) return;
      const pages = plural(pageCount(event.result.files.map((f) => f.path)), 'page');
      stdout.write(`Built ${pages} from ${plural(editions.length, 'edition')} in ${formatDuration(event.ms)}, with ${plural(drafts, 'draft')} and ${scheduled} scheduled (marked on the page).\n`);
      return;
    }
    printDiagnostics(stderr, event.result.diagnostics.filter((d) => event.trigger.includes(d.file)), project.root);
    // A save that changes no output (or a second look at a file) is not worth a line.
    if ((quiet || event.changed.length === 0) && !event.fixed) return;
    const pages = pageCount(event.changed);
    const others = event.changed.length - pages;
    const updated = event.changed.length === 0 ? 'no page changed' : `${plural(pages, 'page')}${others > 0 ? ` and ${plural(others, 'other file')}` : ''} updated`;
    stdout.write(`${time()} ${event.fixed ? 'Fixed: ' : ''}${what(event.trigger)}: ${updated} in ${formatDuration(event.ms)}.\n`);
  };
  const report = (event: DevEvent, first: boolean) => {
    if (event.type === 'built') return built(event, first);
    const files = what(event.trigger);
    if (event.type === 'failed') {
      printDiagnostics(stderr, event.diagnostics, project.root);
      const errors = plural(errorCount(event), 'error');
      stderr.write(first ? `The site has ${errors}: the preview shows them until they are fixed.\n` : `${time()} ${files}: ${errors}; still serving the last good site.\n`);
      return;
    }
    stderr.write(
      first
        ? `Internal error while building: ${event.error.message}. Please report this; it is a bug in Edition.\n`
        : `${time()} Internal error while rebuilding after ${files}: ${event.error.message}. Still serving the last good site; please report this.\n`,
    );
  };
  let first: DevEvent | undefined;
  return {
    started(url: string) {
      stdout.write(`Previewing ${relative(io.cwd, project.contentDir) || '.'} at ${url}\n`);
      if (first) report(first, true);
      if (!quiet) stdout.write('Watching content and templates for changes. Press Ctrl+C to stop.\n');
    },
    event(event: DevEvent) {
      if (first) report(event, false);
      else first = event;
    },
  };
}

function pageCount(paths: readonly string[]): number {
  return paths.filter((path) => path.endsWith('.html')).length;
}

function errorCount(event: { diagnostics: { severity: string }[] }): number {
  return event.diagnostics.filter((d) => d.severity === 'error').length;
}
