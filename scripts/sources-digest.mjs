/**
 * What dist/ is made from, as one digest: every file under src/, the bundler
 * script and its stubs, package.json and the lockfile (a dependency upgrade
 * changes the bundle too) and tsconfig.json (esbuild reads it). scripts/bundle.mjs stores it as dist/sources.txt, and
 * scripts/edition.mjs compares it to decide whether dist/ is stale.
 * Contents, not modification times: a checkout or a copy changes the times
 * of files whose contents are the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** Every input file, as paths relative to the repository in code-unit order. */
export function inputFiles() {
  const files = INPUTS.flatMap(filesOf).map((path) => path.split('\\').join('/'));
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The digest of every input's path and contents. */
export function sourcesDigest(files = inputFiles()) {
  const hash = createHash('sha256');
  for (const path of files) hash.update(`${path}\0`).update(readFileSync(join(ROOT, path))).update('\0');
  return hash.digest('hex');
}

/**
 * The inputs' paths, sizes and modification times: when these are as they
 * were at the last bundle, the contents are taken to be too, and nothing is
 * read or hashed (a few stats instead of 20 ms of hashing per command).
 */
export function sourcesStamp(files = inputFiles()) {
  return files.map((path) => {
    const stats = statSync(join(ROOT, path));
    return `${path}:${stats.size}:${stats.mtimeMs}`;
  }).join('|');
}

/** Files every command needs; a dist/ without one of them is not trusted, whatever its record says. */
const ENTRY_FILES = ['cli.js', 'index.js', 'worker.js', 'engine-fingerprint.txt'];

/** What dist/ was last bundled from ({ digest, stamp }), or undefined when it is missing or incomplete. */
export function bundledSources() {
  try {
    if (!ENTRY_FILES.every((name) => existsSync(join(DIST, name)))) return undefined;
    const [digest = '', stamp = ''] = readFileSync(SOURCES_FILE, 'utf8').split('\n');
    return { digest, stamp };
  } catch {
    return undefined;
  }
}

/** Record what dist/ was bundled from (written last by the bundler, and again when only times changed). */
export function recordSources(dir, digest, stamp) {
  writeFileSync(join(dir, 'sources.txt'), `${digest}\n${stamp}\n`);
}
