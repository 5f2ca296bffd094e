#!/usr/bin/env node
/**
 * `npm run build|dev|check|new|email|send` in this repository: the compiled CLI
 * (dist/cli.js), bundled again first, in this same process, only when src/
 * changed since the last bundle. Type-checking is not a user's wait: it runs
 * in `npm test` and `npm run typecheck`. `npm ci` bundles once (`prepare`).
 */
import { bundledSources, DIST, inputFiles, recordSources, sourcesDigest, sourcesStamp } from './sources-digest.mjs';

const files = inputFiles();
const bundled = bundledSources();
const stamp = sourcesStamp(files);
if (bundled?.stamp !== stamp) {
  const digest = sourcesDigest(files);
  if (digest === bundled?.digest) {
    // Same contents with new times (a checkout, a copy): remember the times, so the next command need not hash.
    recordSources(DIST, digest, stamp);
  } else {
    process.stderr.write(bundled ? 'Edition\'s sources changed since dist/ was bundled: bundling again…\n' : 'Bundling Edition into dist/…\n');
    const { bundle } = await import('./bundle.mjs');
    await bundle();
  }
}
await import('../dist/cli.js');
