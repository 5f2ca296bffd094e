#!/usr/bin/env node
/**
 * `npm run build|dev|check|new` in this repository: the compiled CLI
 * (dist/cli.js), bundled again first, in this same process, only when src/
 * changed since the last bundle. Type-checking is not a user's wait: it runs
 * in `npm test` and `npm run typecheck`. `npm ci` bundles once (`prepare`).
 */
import { bundledDigest, sourcesDigest } from './sources-digest.mjs';

const bundled = bundledDigest();
if (sourcesDigest() !== bundled) {
  process.stderr.write(bundled ? 'Edition\'s sources changed since dist/ was bundled: bundling again…\n' : 'Bundling Edition into dist/…\n');
  const { bundle } = await import('./bundle.mjs');
  await bundle();
}
await import('../dist/cli.js');
