/**
 * What, besides content, decides the bytes Edition writes: its own code and
 * the versions of the libraries that parse and render. Part of every cache key,
 * so upgrading a dependency or Edition itself invalidates the cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIBRARIES = [
  'unified', 'remark-parse', 'remark-html', 'smartypants', 'gray-matter', 'yaml', 'zod',
  'liquidjs', 'music-metadata', 'image-size', 'mdast-util-to-string',
];

let memo: string | undefined;

export function engineFingerprint(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  for (const name of LIBRARIES) hash.update(`${name}@${libraryVersion(name)}\n`);
  // Edition's own modules: the folder this file's parent (src/ or dist/) holds.
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!/\.(js|ts)$/.test(file)) continue;
    hash.update(file).update(readFileSync(join(root, file)));
  }
  memo = hash.digest('hex');
  return memo;
}

function libraryVersion(name: string): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve(name)));
    for (let i = 0; i < 5; i++, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? '?';
      } catch {
        // keep climbing
      }
    }
  } catch {
    // not installed: the fingerprint still differs from an install that has it
  }
  return 'unknown';
}
