/**
 * Answers the preview's HTTP requests from the current snapshot in memory:
 * pages get the reload client added, media files are streamed from disk by
 * `send` (ranges, so audio can seek), and /__edition/ serves the client and
 * the reload channel.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import { contentType } from 'mime-types';
import send from 'send';
import { CLIENT_PATH, CLIENT_SCRIPT, clientTag, EVENTS_PATH, injectClient } from './client-script.js';
import { noSitePage, notFoundPage } from './fallback-pages.js';
import type { OverlayProblem } from './problems.js';
import type { ChannelState, ReloadChannel } from './reload-channel.js';
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

export function createRequestHandler(
  current: () => ServedState,
  ready: Promise<unknown>,
  channel: ReloadChannel,
  options: { allowHost?: (host: string) => boolean } = {},
) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A web page elsewhere could point its own domain at 127.0.0.1 (DNS rebinding) to read unpublished drafts.
    if (options.allowHost && !options.allowHost(req.headers.host ?? '')) {
      return reply(req, res, 403, 'text/plain; charset=utf-8', 'This preview only answers requests addressed to localhost.\n');
    }
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return reply(req, res, 405, 'text/plain; charset=utf-8', 'Only GET and HEAD are supported.\n', { Allow: 'GET, HEAD' });
    }
    if (url.pathname === CLIENT_PATH) return reply(req, res, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
    await ready;
    const state = current();
    if (url.pathname === EVENTS_PATH) return channel.connect(req, res, channelState(state));

    const tag = (page: string) => clientTag({ page, version: state.snapshot?.version ?? '', problems: state.problems });
    if (!state.snapshot) return reply(req, res, 500, 'text/html; charset=utf-8', noSitePage(state.problems, tag('')));
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return reply(req, res, 400, 'text/plain; charset=utf-8', 'The address is not valid.\n');
    }
    const found = lookup(state.snapshot, path);
    if (found.kind === 'redirect') return reply(req, res, 302, 'text/plain; charset=utf-8', '', { Location: found.location + url.search });
    if (found.kind === 'missing') {
      const own = state.snapshot.files.get('404.html');
      const html = typeof own === 'string' ? injectClient(own, tag('')) : notFoundPage(path, tag(''));
      return reply(req, res, 404, 'text/html; charset=utf-8', html);
    }
    const { contents } = found;
    if (typeof contents === 'object' && 'copyFrom' in contents) {
      send(req, basename(contents.copyFrom), { root: dirname(contents.copyFrom), dotfiles: 'allow', cacheControl: false })
        .on('headers', (response: ServerResponse) => response.setHeader('Cache-Control', 'no-store'))
        .pipe(res);
      return;
    }
    const type = contentType(basename(found.path)) || 'application/octet-stream';
    const body = found.path.endsWith('.html') ? injectClient(typeof contents === 'string' ? contents : Buffer.from(contents).toString('utf8'), tag(found.path)) : contents;
    return reply(req, res, 200, type, body);
  };
}

function reply(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes.byteLength, 'Cache-Control': 'no-store', ...headers });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
