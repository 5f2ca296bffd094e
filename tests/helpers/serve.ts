/**
 * Serve a built public/ folder on 127.0.0.1 the way a static host would:
 * directory URLs serve index.html, text is compressed, and the response
 * headers are those of the folder's _headers file, applied as Netlify and
 * Cloudflare Pages apply it (see ./hosting-files.ts), 404 responses included;
 * _headers and _redirects themselves are not served. A folder without
 * _headers gets long caching for assets/ and no-cache for the rest. With a
 * prefix ("/brief/") the folder is served under that path only, as a site
 * deployed under a subpath is; the _headers rules, which carry the site's base
 * path, match the path as requested.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from './hosting-files.js';

/** Read by the host, never served. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

export interface ServeOptions {
  /** The path the folder is served under, starting and ending with "/"; default "/". */
  prefix?: string;
}

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
export async function serve(dir: string, { prefix = '/' }: ServeOptions = {}): Promise<Served> {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`serve: the prefix must start and end with "/", found ${JSON.stringify(prefix)}`);
  const compress = compression();
  const headersFile = join(dir, '_headers');
  const rules: HeaderRule[] | undefined = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : undefined;
  const files = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders(res, pathname) {
      // assets/ file names carry a content hash, so they never change.
      if (!rules) res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const server: Server = createServer((req, res) => {
    // Rules match the path as requested (percent-encoded), before any file is looked up.
    const pathname = (req.url ?? '/').split(/[?#]/)[0]!;
    if (rules) for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    compress(req as never, res as never, () => {
      if (prefix !== '/' && `${pathname}/` === prefix) {
        res.writeHead(301, { Location: prefix }).end();
        return;
      }
      if (!pathname.startsWith(prefix)) return void notFound(dir, res);
      // The folder's own path: what follows the prefix.
      const inside = pathname.slice(prefix.length - 1);
      if (HOST_FILES.has(inside)) return void notFound(dir, res);
      if (prefix !== '/') req.url = inside + (req.url ?? '/').slice(pathname.length);
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
