/**
 * The reload channel: Server-Sent Events to every open page. A page is told
 * the current state when it connects ("hello") and every rebuild's outcome
 * ("update"). SSE needs no library and reconnects by itself after a restart.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OverlayProblem } from './problems.js';

/** What a page needs to know about the served site. */
export interface ChannelState {
  /** false while the last rebuild failed. */
  ok: boolean;
  /** Version of the snapshot being served ('' when there is none yet). */
  version: string;
  problems: OverlayProblem[];
}

/** A rebuild's outcome: the state, and which output paths changed (empty when it failed). */
export interface ChannelUpdate extends ChannelState {
  changed: string[];
}

export interface ReloadChannel {
  /** Take over a request as an event stream. */
  connect(req: IncomingMessage, res: ServerResponse, state: ChannelState): void;
  send(update: ChannelUpdate): void;
  /** How many pages are listening. */
  readonly size: number;
  /** End every stream (the server is stopping). */
  close(): void;
}

/** Comment lines keep idle connections from being closed by proxies and sleep timers. */
const KEEP_ALIVE_MS = 15_000;

/**
 * A page that stops reading (a frozen tab, a stalled socket) is dropped once
 * this much is waiting for it, rather than held in memory for ever; its
 * EventSource reconnects and is told the current version.
 */
export const MAX_BUFFERED_BYTES = 1024 * 1024;

export function createReloadChannel(): ReloadChannel {
  const clients = new Set<ServerResponse>();
  const write = (res: ServerResponse, text: string) => {
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      clients.delete(res);
      res.destroy();
      return;
    }
    res.write(text);
  };
  const keepAlive = setInterval(() => {
    for (const res of clients) write(res, ': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();
  const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

  return {
    connect(_req, res, state) {
      // A page that left while the first build ran is gone already: 'close' would never come to remove it.
      if (res.destroyed || res.closed) return;
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // Reconnect quickly when the dev server restarts.
      res.write(`retry: 300\n${frame('hello', state)}`);
      clients.add(res);
      // The response's 'close' is the connection's end, however it ends (the request's may come earlier, or never).
      res.once('close', () => clients.delete(res));
    },
    send(update) {
      const text = frame('update', update);
      for (const res of clients) write(res, text);
    },
    get size() {
      return clients.size;
    },
    close() {
      clearInterval(keepAlive);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
