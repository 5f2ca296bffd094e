/** The reload channel lets go of every page that leaves, however it leaves. */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createReloadChannel, MAX_BUFFERED_BYTES, type ReloadChannel } from '../../../src/dev/reload-channel.js';

const STATE = { ok: true, version: 'v1', problems: [] };

let server: Server | undefined;
let channel: ReloadChannel | undefined;
afterEach(async () => {
  channel?.close();
  server?.closeAllConnections();
  if (server) await new Promise((done) => server!.close(done));
  server = channel = undefined;
});

/** A server whose every request goes to `onRequest`; resolves with its port. */
async function serve(onRequest: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
  server = createServer(onRequest);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

function open(port: number): Socket {
  const socket = connect(port, '127.0.0.1');
  socket.write('GET /__edition/events HTTP/1.1\r\nHost: localhost\r\n\r\n');
  return socket;
}

const until = async (condition: () => boolean, what: string) => {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('the reload channel', () => {
  it('should forget pages that close, whether they end or reset the connection', async () => {
    const reloads = (channel = createReloadChannel());
    const port = await serve((req, res) => reloads.connect(req, res, STATE));
    const sockets = Array.from({ length: 20 }, () => open(port));
    await until(() => reloads.size === 20, '20 pages');
    sockets.forEach((socket, i) => (i % 2 ? socket.end() : socket.resetAndDestroy()));
    await until(() => reloads.size === 0, 'no pages');
  });

  it('should not keep a page that left before it was connected (while the first build ran)', async () => {
    const reloads = (channel = createReloadChannel());
    let connected!: () => void;
    const done = new Promise<void>((resolve) => (connected = resolve));
    const port = await serve((req, res) => {
      // As the dev server does: wait for the first build (here: until well after the page left), then connect.
      res.once('close', () =>
        setTimeout(() => {
          reloads.connect(req, res, STATE);
          connected();
        }, 20),
      );
    });
    const socket = open(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await done;
    expect(reloads.size).toBe(0);
  });

  it('should drop a page that stops reading once too much waits for it', async () => {
    const reloads = (channel = createReloadChannel());
    const port = await serve((req, res) => reloads.connect(req, res, STATE));
    const stalled = open(port);
    stalled.pause();
    await until(() => reloads.size === 1, 'the page');
    const big = { ...STATE, changed: Array.from({ length: 2000 }, (_, i) => `a/long/output/path/number/${i}/index.html`) };
    for (let i = 0; i < 400 && reloads.size > 0; i++) {
      reloads.send(big);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(reloads.size).toBe(0);
    expect(JSON.stringify(big).length * 400).toBeGreaterThan(MAX_BUFFERED_BYTES * 4);
    stalled.destroy();
  });
});
