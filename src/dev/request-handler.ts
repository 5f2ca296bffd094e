/**
 * Answers the preview's HTTP requests from the current snapshot in memory:
 * pages get the reload client added, media files are streamed from disk by
 * `send` (ranges, so audio can seek), and /__edition/ serves the client and
 * the reload channel.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import { contentType } from 'mime-types';
import send from 'send';
import { CLIENT_PATH, CLIENT_SCRIPT, clientTag, EVENTS_PATH, injectClient } from './client-script.js';
import { noSitePage, notFoundPage } from './fallback-pages.js';
import type { OverlayProblem } from './problems.js';
import type { ChannelState, ReloadChannel } from './reload-channel.js';
import { parseTarget, realMediaPath } from './request-guard.js';
import { lookup, type SiteSnapshot } from './site-snapshot.js';

/** What the handler reads on every request; swapped whole by the dev server after each rebuild. */
export interface ServedState {
  /** The last good build, or undefined when none has succeeded yet. */
  snapshot: SiteSnapshot | undefined;
  /** Errors of the last rebuild; empty when it succeeded. */
  problems: OverlayProblem[];
}

export function channelState(state: ServedState): ChannelState {
  return { ok: state.problems.length === 0, version: state.snapshot?.version ?? '', problems: state.problems };
}

export interface HandlerOptions {
  /** Refuse (403) requests whose Host header this rejects; every host is answered without it. */
  allowHost?: (host: string) => boolean;
  /** The media folder: a copied file is served only when its real path is inside it. */
  mediaDir: string;
}

export function createRequestHandler(current: () => ServedState, ready: Promise<unknown>, channel: ReloadChannel, options: HandlerOptions) {
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A web page elsewhere could point its own domain at 127.0.0.1 (DNS rebinding) to read unpublished drafts.
    if (options.allowHost && !options.allowHost(req.headers.host ?? '')) {
      return reply(req, res, 403, TEXT, 'This preview only answers requests addressed to localhost.\n');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return reply(req, res, 405, TEXT, 'Only GET and HEAD are supported.\n', { Allow: 'GET, HEAD' });
    }
    // The raw target, decoded once here: never normalised, so ".." and its encodings are refused, not resolved.
    const target = parseTarget(req.url ?? '');
    if (!target.ok) return reply(req, res, target.status, TEXT, `${target.message}\n`);
    const { path, search } = target;
    if (path === CLIENT_PATH) return reply(req, res, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
    await ready;
    const state = current();
    if (path === EVENTS_PATH) {
      if (req.method === 'HEAD') return reply(req, res, 200, 'text/event-stream; charset=utf-8', '');
      return channel.connect(req, res, channelState(state));
    }

    const tag = (page: string) => clientTag({ page, version: state.snapshot?.version ?? '', problems: state.problems });
    if (!state.snapshot) return reply(req, res, 500, HTML, noSitePage(state.problems, tag('')));
    const notFound = () => {
      const own = state.snapshot?.files.get('404.html');
      const html = typeof own === 'string' ? injectClient(own, tag('')) : notFoundPage(path, tag(''));
      reply(req, res, 404, HTML, html);
    };
    const found = lookup(state.snapshot, path);
    if (found.kind === 'redirect') {
      // The path was decoded: encode it again, or a folder with a name in another script (a Cyrillic tag) could not be redirected to.
      const location = found.location.split('/').map(encodeURIComponent).join('/');
      return reply(req, res, 302, TEXT, '', { Location: location + search });
    }
    if (found.kind === 'missing') return notFound();
    const { contents } = found;
    if (typeof contents === 'object' && 'copyFrom' in contents) {
      // Only a file really inside the media folder: one replaced by a symbolic link since the build is not followed out.
      const real = await realMediaPath(contents.copyFrom, options.mediaDir);
      if (!real) return notFound();
      // send() decodes the path it is given: encode the name, so "50%.mp3" is that file.
      send(req, encodeURIComponent(basename(real)), { root: dirname(real), dotfiles: 'allow', cacheControl: false })
        .on('headers', (response: ServerResponse) => response.setHeader('Cache-Control', 'no-store'))
        .pipe(res);
      return;
    }
    const type = contentType(basename(found.path)) || 'application/octet-stream';
    const body = found.path.endsWith('.html') ? injectClient(typeof contents === 'string' ? contents : Buffer.from(contents).toString('utf8'), tag(found.path)) : contents;
    return reply(req, res, 200, type, body);
  }

  return function handle(req: IncomingMessage, res: ServerResponse): void {
    // Whatever goes wrong with one request must not reach the process: an unhandled rejection would stop the preview.
    answer(req, res).catch(() => {
      try {
        if (res.headersSent) res.destroy();
        else reply(req, res, 500, TEXT, 'The preview failed to answer this request.\n');
      } catch {
        res.destroy();
      }
    });
  };
}

const TEXT = 'text/plain; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

function reply(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  // The reason phrase given each time: one left from a writeHead that threw must not be reused.
  res.writeHead(status, STATUS_CODES[status] ?? '', { 'Content-Type': type, 'Content-Length': bytes.byteLength, 'Cache-Control': 'no-store', ...headers });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
