/**
 * Serve a built public/ folder on 127.0.0.1 the way a static host would:
 * directory URLs serve index.html, text is compressed, hashed assets are cached.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { join } from 'node:path';
import sirv from 'sirv';

export interface Served {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** Like most static hosts: the site's own 404.html when it has one, with status 404. */
async function notFound(dir: string, res: ServerResponse): Promise<void> {
  const page = join(dir, '404.html');
  res.statusCode = 404;
  if (existsSync(page)) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(await readFile(page));
  } else {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found');
  }
}

/** Start a server for `dir` on a free loopback port. */
export async function serve(dir: string): Promise<Served> {
  const compress = compression();
  const files = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders(res, pathname) {
      // assets/ file names carry a content hash, so they never change.
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const server: Server = createServer((req, res) => {
    compress(req as never, res as never, () => {
      files(req, res, () => void notFound(dir, res));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
