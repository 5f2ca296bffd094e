/**
 * What dist/ is made from, as one digest: every file under src/, the bundler
 * script and its stubs, package.json and the lockfile (a dependency upgrade
 * changes the bundle too) and tsconfig.json (esbuild reads it). scripts/bundle.mjs stores it as dist/sources.txt, and
 * scripts/edition.mjs compares it to decide whether dist/ is stale.
 * Contents, not modification times: a checkout or a copy changes the times
 * of files whose contents are the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const SOURCES_FILE = join(DIST, 'sources.txt');

const INPUTS = ['src', 'scripts/bundle.mjs', 'scripts/stubs', 'package.json', 'package-lock.json', 'tsconfig.json'];

function filesOf(path) {
  const full = join(ROOT, path);
  try {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
  } catch (cause) {
    if (cause.code === 'ENOTDIR') return [path];
    if (cause.code === 'ENOENT') return [];
    throw cause;
  }
}

/** The digest of every input's path and contents, in code-unit order of paths. */
export function sourcesDigest() {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap(filesOf).map((path) => path.split('\\').join('/'));
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const path of files) hash.update(`${path}\0`).update(readFileSync(join(ROOT, path))).update('\0');
  return hash.digest('hex');
}

/** Files every command needs; a dist/ without one of them is not trusted, whatever its digest says. */
const ENTRY_FILES = ['cli.js', 'index.js', 'worker.js', 'engine-fingerprint.txt'];

/** The digest dist/ was last bundled from, or undefined when there is none or dist/ is incomplete. */
export function bundledDigest() {
  try {
    if (!ENTRY_FILES.every((name) => existsSync(join(DIST, name)))) return undefined;
    return readFileSync(SOURCES_FILE, 'utf8').trim();
  } catch {
    return undefined;
  }
}
