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

export function createReloadChannel(): ReloadChannel {
  const clients = new Set<ServerResponse>();
  const keepAlive = setInterval(() => {
    for (const res of clients) res.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();
  const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

  return {
    connect(req, res, state) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // Reconnect quickly when the dev server restarts.
      res.write(`retry: 300\n${frame('hello', state)}`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
    },
    send(update) {
      const text = frame('update', update);
      for (const res of clients) res.write(text);
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
