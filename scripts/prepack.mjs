#!/usr/bin/env node
/**
 * Makes dist/ ready to be packed (`npm pack`, `npm publish`: the `prepack`
 * script): the bundle, made again only when its sources changed since
 * (the digest scripts/edition.mjs compares), then the type declarations of
 * the API (src/index.ts) in dist/types/, for `exports["."].types`.
 *
 * `--bundle` does the first half only. It is the `prepare` script, which npm
 * runs on `npm ci` and, after `prepack`, on `npm pack`: bundling there
 * unconditionally would replace dist/ (scripts/bundle.mjs swaps in a whole
 * new folder) and lose the declarations prepack just wrote.
 *
 * The declarations are TypeScript's own emit for the program src/index.ts
 * imports, with only the files index.d.ts reaches through its imports
 * written: a type the API names (BuildOptions, SiteData, Diagnostic, …)
 * is there, the modules that only run code (templates, Markdown, the CLI)
 * are not. About 20 files and 50 KB instead of 160 and 730 KB.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, posix, relative } from 'node:path';
import { bundledSources, DIST, inputFiles, ROOT, sourcesDigest } from './sources-digest.mjs';

const TYPES = join(DIST, 'types');

/** Bundle src/ into dist/ unless dist/ was bundled from exactly these sources. Returns whether it bundled. */
async function bundleIfStale() {
  const bundled = bundledSources();
  if (bundled !== undefined && bundled.digest === sourcesDigest(inputFiles())) return false;
  const { bundle } = await import('./bundle.mjs');
  await bundle();
  return true;
}

/** Write the API's declarations to dist/types/ (index.d.ts and what it imports); returns their paths. */
async function emitDeclarations() {
  const { default: ts } = await import('typescript');
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail });
  if (config === undefined) throw new Error('tsconfig.json could not be read.');
  const options = { ...config.options, noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: TYPES, declarationMap: false, sourceMap: false };
  // src/index.ts, and the declarations src/types/ holds for libraries that have none.
  const rootNames = [join(ROOT, 'src', 'index.ts'), ...config.fileNames.filter((file) => file.endsWith('.d.ts'))];
  const program = ts.createProgram({ rootNames, options });
  const problems = ts.getPreEmitDiagnostics(program);
  const emitted = new Map();
  const result = program.emit(undefined, (file, text) => emitted.set(normalize(file), text), undefined, true);
  const all = [...problems, ...result.diagnostics];
  if (all.length > 0) fail(ts.formatDiagnosticsWithColorAndContext(all, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }));

  // Only what index.d.ts reaches: relative imports ('./build.js', import('./model/site.js')) name the .d.ts beside them.
  const keep = new Set();
  const queue = [join(TYPES, 'index.d.ts')];
  while (queue.length > 0) {
    const file = queue.pop();
    if (keep.has(file)) continue;
    const text = emitted.get(file);
    if (text === undefined) fail(`The declarations of the API import ${relative(ROOT, file)}, which TypeScript did not emit.`);
    keep.add(file);
    for (const [, specifier] of text.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(normalize(join(dirname(file), specifier.replace(/\.js$/, '.d.ts'))));
    }
  }
  rmSync(TYPES, { recursive: true, force: true });
  for (const file of [...keep].sort()) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, emitted.get(file));
  }
  return [...keep].map((file) => relative(ROOT, file).split('\\').join(posix.sep)).sort();
}

function fail(message) {
  process.stderr.write(`${typeof message === 'string' ? message : JSON.stringify(message)}\n`);
  process.exit(1);
}

const bundleOnly = process.argv.includes('--bundle');
try {
  await import('esbuild');
} catch {
  if (!bundleOnly) fail('esbuild is not installed: packing Edition needs its dev dependencies (npm ci).');
  // An install of this repository without dev dependencies (npm ci --omit=dev) runs `prepare` too; it has nothing to bundle with.
  process.stderr.write('esbuild is not installed (an install without dev dependencies), so dist/ was not bundled.\n');
  process.exit(0);
}
await bundleIfStale();
if (!bundleOnly) {
  const files = await emitDeclarations();
  process.stderr.write(`Declarations of the API: ${files.length} files in ${relative(ROOT, TYPES)}/.\n`);
}
