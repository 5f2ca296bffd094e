/**
 * `edition dev`: build in memory, serve it, watch content/ and templates/,
 * rebuild after a change settles, and tell open pages to reload (or show the
 * errors) through the reload channel. A failed rebuild leaves the last good
 * snapshot in place, so the preview never breaks while an editor types.
 */
import { randomBytes } from 'node:crypto';
import { channel as diagnosticsChannel } from 'node:diagnostics_channel';
import { createServer } from 'node:http';
import { relative, resolve, sep } from 'node:path';
import type { BuildResult } from '../build.js';
import { BuildFailedError } from '../diagnostics.js';
import { debounce } from './debounce.js';
import { createKeptIndex } from '../cache/render-cache.js';
import { createMemoryOutputCache } from '../stages/write/memory-output.js';
import { createFileCache } from './file-cache.js';
import { listenOnFreePort } from './listen.js';
import { previewBuild, type PreviewOptions } from './preview-build.js';
import { overlayProblems } from './problems.js';
import { createReloadChannel } from './reload-channel.js';
import { answerClientError, isLocalHost } from './request-guard.js';
import { createRequestHandler, channelState, type ServedState } from './request-handler.js';
import { changedPaths, createSnapshot } from './site-snapshot.js';
import { RECHECK_MS, watchFolders } from './watcher.js';
import type { Diagnostic } from '../model/index.js';

export interface DevServerOptions {
  root: string;
  /** Content folder as a build option (relative to root); default content. */
  contentDir?: string;
  /** Default 127.0.0.1: the preview is not reachable from other machines unless asked. */
  host?: string;
  /** false: no search page, box or index in the preview (--no-search). */
  search?: boolean;
  /** First port to try; 0 lets the system pick. */
  port: number;
  /** Fail instead of moving to the next free port. */
  strictPort?: boolean;
  /** Quiet time after the last file event before rebuilding; editors often write a file in several steps. */
  debounceMs?: number;
  /** Told about every build, for the terminal. */
  onEvent?: (event: DevEvent) => void;
  /** The clock; default Date.now. */
  now?: () => number;
}

/** What happened, for the terminal. Paths are relative to the project root. */
export type DevEvent =
  | { type: 'built'; ms: number; result: BuildResult; trigger: string[]; changed: string[]; fixed: boolean }
  | { type: 'failed'; ms: number; diagnostics: Diagnostic[]; trigger: string[] }
  | { type: 'crashed'; error: Error; trigger: string[] };

export interface DevServer {
  /** The preview's address, e.g. http://localhost:4000/. */
  url: string;
  port: number;
  /** Resolves once no rebuild is waiting or running. */
  idle(): Promise<void>;
  /** Counts that must come back down after load: for the load test and benchmark. */
  stats(): Promise<DevServerStats>;
  close(): Promise<void>;
}

export interface DevServerStats {
  /** Pages listening on the reload channel. */
  reloadClients: number;
  /** Open connections, the reload channel's included. */
  connections: number;
  /** Listeners on the HTTP server, every event together. */
  serverListeners: number;
  /** Rebuilds started so far, the first build included. */
  rebuilds: number;
  /** True while a rebuild runs or waits for the file events to settle. */
  rebuilding: boolean;
}

/**
 * Every started dev server is published here, for instruments loaded into the
 * process (`node --import`, as bench/dev-load.mjs does); costs nothing unless
 * one subscribes.
 */
export const DEV_SERVER_CHANNEL = 'edition:dev-server';

export const DEFAULT_DEBOUNCE_MS = 20;

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const root = resolve(options.root);
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? Date.now;
  const report = options.onEvent ?? (() => {});
  const cache = createFileCache();
  const memory = { output: createMemoryOutputCache(), index: createKeptIndex() };
  const channel = createReloadChannel();
  const boot = randomBytes(3).toString('hex');
  let builds = 0;
  let rebuildsStarted = 0;
  let rebuildsRunning = 0;
  let served: ServedState = { snapshot: undefined, problems: [] };

  let markReady!: () => void;
  const ready = new Promise<void>((resolvePromise) => (markReady = resolvePromise));
  const loopback = host === '127.0.0.1' || host === '::1' || host === 'localhost';
  const mediaDir = resolve(root, options.contentDir ?? 'content', 'media');
  // Bound to this machine only, so only requests addressed to it are answered; --host opts out deliberately.
  const handler = createRequestHandler(() => served, ready, channel, { mediaDir, ...(loopback ? { allowHost: isLocalHost } : {}) });
  const server = createServer(handler);
  // Requests Node cannot parse: a request line over the limit is told 414 (URI Too Long), the rest as Node does.
  server.on('clientError', answerClientError);
  const port = await listenOnFreePort(server, host, options.port, !!options.strictPort);
  const url = `http://${displayHost(host)}:${port}/`;
  const preview: PreviewOptions = { root, siteUrl: url, ...(options.contentDir ? { contentDir: options.contentDir } : {}), ...(options.search === false ? { search: false } : {}) };
  const display = (path: string) => relative(root, path).split(sep).join('/');

  /** Rebuild after `touched` changed (absolute paths); never throws. */
  async function rebuild(touched: string[]): Promise<void> {
    const trigger = touched.map(display);
    const started = performance.now();
    rebuildsStarted++;
    rebuildsRunning++;
    try {
      const result = await previewBuild(preview, cache, now(), memory);
      const candidate = createSnapshot(result.files, `${boot}-${builds + 1}`);
      const changed = changedPaths(served.snapshot, candidate, new Set(touched));
      // Keep the version when nothing changed, so open pages are not told they are stale.
      const snapshot = changed.length > 0 || !served.snapshot ? candidate : served.snapshot;
      if (snapshot === candidate) builds++;
      const fixed = served.problems.length > 0;
      served = { snapshot, problems: [] };
      channel.send({ ...channelState(served), changed });
      report({ type: 'built', ms: performance.now() - started, result, trigger, changed, fixed });
    } catch (cause) {
      if (!(cause instanceof BuildFailedError)) {
        report({ type: 'crashed', error: cause as Error, trigger });
        return;
      }
      // A file read half-written (an editor that truncates, then writes) fails the build
      // for a moment; the watcher's second look reports it again. Give it that long
      // before showing the error, and show nothing if a newer rebuild is on its way.
      await new Promise((wait) => setTimeout(wait, RECHECK_MS + 25));
      if (queue.hasPending()) return;
      const problems = overlayProblems(cause.diagnostics, await sourcesOf(cause.diagnostics));
      served = { snapshot: served.snapshot, problems };
      channel.send({ ...channelState(served), changed: [] });
      report({ type: 'failed', ms: performance.now() - started, diagnostics: cause.diagnostics, trigger });
    } finally {
      rebuildsRunning--;
    }
  }

  /** The text of every file a diagnostic names, for the overlay's code frames. */
  async function sourcesOf(diagnostics: readonly Diagnostic[]): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    for (const file of new Set(diagnostics.map((d) => d.file))) {
      const text = await cache.read(resolve(root, file)).then(String, () => undefined);
      if (text !== undefined) texts.set(file, text);
    }
    return texts;
  }

  const queue = debounce(rebuild, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  // templates/ is watched even before it exists: chokidar reports its creation, so templates ejected during a
  // preview (edition templates eject) are used and followed at once.
  const folders = [resolve(root, options.contentDir ?? 'content'), resolve(root, 'templates')];
  let watcher;
  try {
    watcher = await watchFolders(folders, (path) => {
      cache.forget(path);
      queue.push(path);
    });
  } catch (cause) {
    await new Promise((done) => server.close(done));
    throw cause;
  }
  await rebuild([]);
  markReady();

  const devServer: DevServer = {
    url,
    port,
    idle: () => queue.idle(),
    async stats() {
      const connections = await new Promise<number>((done) => server.getConnections((_error, count) => done(count ?? 0)));
      const serverListeners = server.eventNames().reduce((sum, event) => sum + server.listenerCount(event), 0);
      const rebuilding = rebuildsRunning > 0 || queue.hasPending();
      return { reloadClients: channel.size, connections, serverListeners, rebuilds: rebuildsStarted, rebuilding };
    },
    async close() {
      queue.cancel();
      await watcher.close();
      channel.close();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await queue.idle();
    },
  };
  const published = diagnosticsChannel(DEV_SERVER_CHANNEL);
  if (published.hasSubscribers) published.publish(devServer);
  return devServer;
}

/** Addresses that mean "this machine" are shown as localhost; others as given (IPv6 in brackets). */
function displayHost(host: string): string {
  if (host === '127.0.0.1' || host === '0.0.0.0' || host === '::' || host === '::1' || host === 'localhost') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
