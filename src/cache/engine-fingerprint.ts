/**
 * What, besides content, decides the bytes Edition writes: its own code, the
 * versions of the libraries that parse and render, and the runtime's (Node.js,
 * and the ICU, Unicode, CLDR and time-zone data behind Intl). Part of every
 * cache key, so upgrading a dependency, Edition itself or Node.js invalidates
 * the cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIBRARIES = [
  'unified', 'remark-parse', 'remark-gfm', 'mdast-util-to-hast', 'hast-util-sanitize', 'hast-util-to-html',
  'smartypants', 'gray-matter', 'yaml', 'zod',
  'liquidjs', 'music-metadata', 'image-size', 'mdast-util-to-string',
];

/** Written by scripts/bundle.mjs next to the bundle: bundleFingerprint() of dist/, computed once. */
export const FINGERPRINT_FILE = 'engine-fingerprint.txt';

/**
 * The runtime versions that can change what Edition writes: the JavaScript
 * engine, and the data Intl formats dates in the site's time zone, orders tags
 * and maps case with. A new time-zone release alone moves an offset.
 */
export const RUNTIME_VERSIONS = ['node', 'v8', 'icu', 'unicode', 'cldr', 'tz'] as const;

export type RuntimeVersions = Partial<Record<(typeof RUNTIME_VERSIONS)[number], string>>;

let code: string | undefined;

/** The fingerprint of this Edition's code, computed once per process. */
export function codeFingerprint(): string {
  code ??= fingerprintOf(fileURLToPath(import.meta.url));
  return code;
}

/**
 * The engine fingerprint: this Edition's code on the runtime `versions`
 * describe. Those are read on every call, not remembered: one hash of a few
 * short strings per build.
 */
export function engineFingerprint(versions: RuntimeVersions = process.versions): string {
  const runtime = RUNTIME_VERSIONS.map((name) => `${name}@${versions[name] ?? 'none'}`).join('\n');
  return createHash('sha256').update(`${codeFingerprint()}\n${runtime}`).digest('hex');
}

/** The fingerprint of the Edition this module file belongs to: the bundle in dist/, or src/ under a TypeScript runner. */
export function fingerprintOf(modulePath: string): string {
  const dir = dirname(modulePath);
  if (modulePath.endsWith('.ts')) return sourcesFingerprint(dirname(dir));
  // Reading the stored digest spares hashing ~2 MB on every build.
  try {
    const stored = readFileSync(join(dir, FINGERPRINT_FILE), 'utf8').trim();
    if (/^[0-9a-f]{64}$/.test(stored)) return stored;
  } catch {
    // not written (bundle made by hand): hash the files
  }
  return bundleFingerprint(dir);
}

/** The bundle's files hold our code and the libraries' code alike; its output folder is flat. */
export function bundleFingerprint(dist: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dist).filter((file) => file.endsWith('.js')).sort()) {
    hash.update(`${name}\n`).update(readFileSync(join(dist, name)));
  }
  return hash.digest('hex');
}

/** From TypeScript sources: every module under src/, plus the installed libraries' versions. */
export function sourcesFingerprint(src: string): string {
  const hash = createHash('sha256');
  for (const name of LIBRARIES) hash.update(`${name}@${libraryVersion(name)}\n`);
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!/\.(js|ts)$/.test(file)) continue;
    hash.update(file).update(readFileSync(join(src, file)));
  }
  return hash.digest('hex');
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
