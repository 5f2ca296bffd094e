/**
 * A link checker over a built public/: every internal href and src, resolved
 * from the URL the page is served at (including a subpath), must be a file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attribute, parseHtml } from './html.js';

const LINKS: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['audio[src]', 'src'],
];

/** All HTML files of `outDir`, relative, sorted. */
export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(outDir, join(e.parentPath, e.name)))
    .sort();
}

/** The file a URL under `siteUrl` is served from, or undefined when it is outside the site. */
export function fileForUrl(outDir: string, siteUrl: string, url: URL): string | undefined {
  const base = new URL(siteUrl);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return undefined;
  let path = decodeURIComponent(url.pathname.slice(base.pathname.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return join(outDir, path);
}

/** Broken internal links as "page → link" strings; [] when every link resolves. */
export function brokenLinks(outDir: string, siteUrl: string): string[] {
  const base = new URL(siteUrl);
  const broken: string[] = [];
  for (const file of htmlFiles(outDir)) {
    // 404.html is served for any missing path, so check it from a deep one.
    const servedAt = file === '404.html' ? new URL('some/deep/missing/page', siteUrl) : new URL(file.replace(/index\.html$/, ''), siteUrl);
    const doc = parseHtml(readFileSync(join(outDir, file), 'utf8'));
    for (const [selector, name] of LINKS) {
      for (const element of doc.all(selector)) {
        const value = attribute(element, name)!;
        if (value.startsWith('#')) continue; // same page
        const url = new URL(value, servedAt);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        if (url.origin !== base.origin) continue;
        const target = fileForUrl(outDir, siteUrl, url);
        if (!target || !existsSync(target)) broken.push(`${file} → ${value}`);
      }
    }
  }
  return broken;
}
