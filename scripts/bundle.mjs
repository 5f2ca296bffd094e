#!/usr/bin/env node
/**
 * Bundle src/ into dist/ with esbuild: a process then parses a few large files
 * instead of importing hundreds (ours plus unified, liquidjs, zod, ...), which
 * is most of a small build's startup. Type-checking is tsc's job (npm run compile).
 *
 * Every output file lands flat in dist/, because code resolves paths from
 * import.meta.url in whichever chunk it ends up in: '../templates/' (build.ts)
 * and './worker.js' (workers/worker-pool.ts) must work from any of them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST as dist, inputFiles, recordSources, ROOT as root, sourcesDigest, sourcesStamp } from './sources-digest.mjs';

/**
 * Bundle src/ into dist/, with the engine fingerprint and the digest of the
 * sources it was made from. The bundle is made in a folder of its own and
 * renamed into place, so a command running meanwhile never loads half of it,
 * and no stale chunk lingers (the engine fingerprint hashes every dist/*.js).
 */
export async function bundle() {
  const esbuild = await import('esbuild');
  const files = inputFiles();
  const [digest, stamp] = [sourcesDigest(files), sourcesStamp(files)];
  const next = `${dist}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/cli.ts',
      index: 'src/index.ts',
      // Loaded by piscina through new URL('./worker.js', import.meta.url): every chunk lands flat in dist/.
      worker: 'src/worker.ts',
    },
    outdir: next,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Piscina starts its own worker.js from its package folder (__dirname), so it must stay there; Pagefind
    // finds its program (the @pagefind/<platform> package) from its own folder too.
    external: ['piscina', 'pagefind'],
    // gray-matter's default YAML engine, never used (see the stub): 20 ms less to load per build and per worker.
    // juice parses with cheerio's full build, which loads parse5 and an HTTP client (undici) it never uses
    // here: the slim build parses with htmlparser2, as juice asks of the full one (its `xml` option), in a
    // sixth of the load time, and a build that makes an email starts 0.5 s sooner.
    alias: { 'js-yaml': './scripts/stubs/js-yaml.cjs', cheerio: 'cheerio/slim' },
    // Measured: whitespace and syntax minification import a little faster; renaming identifiers
    // gains nothing more and would make internal-error stack traces unreadable.
    minifyWhitespace: true,
    minifySyntax: true,
    // Maps cost nothing unless asked for (node --enable-source-maps); sources are in the repository.
    sourcemap: 'linked',
    sourcesContent: false,
    // CommonJS dependencies call require() for Node built-ins, which ESM lacks.
    banner: {
      js: "import { createRequire as __editionCreateRequire } from 'node:module'; const require = __editionCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });

  // The render cache's engine fingerprint, computed once here instead of on every build.
  // Same digest as bundleFingerprint() in src/cache/engine-fingerprint.ts (a unit test compares them).
  const hash = createHash('sha256');
  for (const name of readdirSync(next).filter((file) => file.endsWith('.js')).sort()) {
    hash.update(`${name}\n`).update(readFileSync(join(next, name)));
  }
  writeFileSync(join(next, 'engine-fingerprint.txt'), `${hash.digest('hex')}\n`);
  recordSources(next, digest, stamp);
  // A process still running the old bundle keeps its open files; new ones see the whole new bundle.
  const old = `${dist}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(dist, old);
  } catch (cause) {
    if (cause.code !== 'ENOENT') throw cause;
  }
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
}

const runDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  try {
    await import('esbuild');
  } catch {
    // An install without dev dependencies (npm ci --omit=dev) runs `prepare` too; it has nothing to bundle with.
    process.stderr.write('esbuild is not installed (an install without dev dependencies), so dist/ was not bundled.\n');
    process.exit(0);
  }
  await bundle();
}
