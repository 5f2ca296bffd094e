/**
 * package.json as published: the Node.js versions it promises (engines.node)
 * are ones every library it runs supports, and its runtime dependencies are
 * exactly what the bundle in dist/ cannot carry.
 *
 * "Every library it runs" is two sets: the runtime dependencies with
 * everything an install brings for them (their dependencies, and the optional
 * ones installed here, such as a platform's resvg or Pagefind binary), and the
 * libraries esbuild inlined into dist/ (read from the bundle's source maps),
 * which an install does not bring but which run all the same. Upgrading
 * any of them to a version that needs a newer Node.js fails here until
 * engines.node is raised too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { FONTS } from '../../src/stages/share-image/card-fonts.js';
import { REPO } from '../helpers/site.js';

interface Manifest {
  name: string;
  version: string;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
  files?: string[];
  exports?: Record<string, unknown>;
  bin?: Record<string, string>;
  types?: string;
  main?: string;
  private?: boolean;
  scripts?: Record<string, string>;
}

const DIST = join(REPO, 'dist');
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const ours = readJson<Manifest>(join(REPO, 'package.json'));

/** The folder of package `name` as Node finds it from `from` (a package's folder): node_modules upwards. */
function packageFolder(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The runtime dependencies and everything an install brings for them: folder → manifest. */
function runtimeTree(): Map<string, Manifest> {
  const found = new Map<string, Manifest>();
  const queue: { name: string; from: string; optional: boolean }[] = Object.keys(ours.dependencies ?? {}).map((name) => ({ name, from: REPO, optional: false }));
  while (queue.length > 0) {
    const { name, from, optional } = queue.shift()!;
    const folder = packageFolder(name, from);
    if (folder === undefined) {
      // An optional dependency for another platform (resvg's and Pagefind's binaries) is not installed here.
      if (optional) continue;
      throw new Error(`${name}, a runtime dependency, is not installed (npm ci).`);
    }
    if (found.has(folder)) continue;
    const manifest = readJson<Manifest>(join(folder, 'package.json'));
    found.set(folder, manifest);
    for (const dep of Object.keys(manifest.dependencies ?? {})) queue.push({ name: dep, from: folder, optional: false });
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) queue.push({ name: dep, from: folder, optional: true });
    for (const dep of Object.keys(manifest.peerDependencies ?? {})) {
      queue.push({ name: dep, from: folder, optional: manifest.peerDependenciesMeta?.[dep]?.optional === true });
    }
  }
  return found;
}

/** The libraries whose code esbuild put into dist/: the node_modules folders the source maps name. */
function bundledLibraries(): Map<string, Manifest> {
  const found = new Map<string, Manifest>();
  for (const map of readdirSync(DIST).filter((file) => file.endsWith('.js.map'))) {
    for (const source of readJson<{ sources: string[] }>(join(DIST, map)).sources) {
      // The last node_modules/ in the path names the package (a nested copy: juice/node_modules/entities).
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (!match) continue;
      const folder = resolve(DIST, match[1]!);
      if (!found.has(folder)) found.set(folder, readJson<Manifest>(join(folder, 'package.json')));
    }
  }
  return found;
}

/** The packages dist/ still imports or requires by name at run time (its externals), besides Node's own modules. */
function distExternals(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(DIST).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const [, name] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)"((?:@[\w.-]+\/)?\w[\w.-]*)(?:\/[\w./-]*)?"/g)) {
      if (!name!.startsWith('node:') && !BUILTINS.has(name!)) names.add(name!);
    }
  }
  return names;
}
const BUILTINS = new Set((await import('node:module')).builtinModules);

/** engines.node of a package, or undefined when it declares none. */
function nodeRange(manifest: Manifest): string | undefined {
  if (Array.isArray(manifest.engines)) return undefined; // the long-gone array form, not read by npm
  return manifest.engines?.node;
}

describe('package.json', () => {
  it('promises only Node.js versions that every library it runs supports', () => {
    const range = ours.engines && !Array.isArray(ours.engines) ? ours.engines.node : undefined;
    expect(range, 'engines.node').toBeDefined();
    expect(semver.validRange(range!), `engines.node ${range}`).not.toBeNull();

    const runtime = runtimeTree();
    const bundled = bundledLibraries();
    expect(runtime.size).toBeGreaterThan(5);
    expect(bundled.size).toBeGreaterThan(50);
    const narrower: string[] = [];
    for (const [folder, manifest] of [...runtime, ...bundled]) {
      const theirs = nodeRange(manifest);
      if (theirs === undefined) continue;
      if (semver.validRange(theirs) === null) {
        narrower.push(`${manifest.name}@${manifest.version} (${folder}) declares engines.node "${theirs}", which is not a version range`);
      } else if (!semver.subset(range!, theirs)) {
        narrower.push(`${manifest.name}@${manifest.version} needs Node.js ${theirs}`);
      }
    }
    expect(narrower, `engines.node is ${range}, but`).toEqual([]);
  });

  it('the check above would catch a library that needs a newer Node.js', () => {
    expect(semver.subset('>=20.19', '>=20.x')).toBe(true);
    expect(semver.subset('>=20.19', '>= 10')).toBe(true);
    expect(semver.subset('>=20.19', '>=22')).toBe(false);
    expect(semver.subset('>=20.19', '^20.19.0 || >=22.12.0')).toBe(false);
  });

  it("depends at run time on exactly what dist/ loads from disk: its externals, Pagefind's program and resvg", () => {
    const externals = distExternals();
    // Found by path at run time, never imported: Pagefind (src/search/) and resvg (card-fonts.ts). The fonts are files of Edition's own (fonts/).
    const byPath = ['pagefind', '@resvg/resvg-js'];
    for (const font of Object.values(FONTS)) expect(ours.dependencies?.[font.source.split('/').slice(0, 2).join('/')], font.source).toBeUndefined();
    const fromDisk = new Set([...externals, ...byPath]);
    expect(new Set(Object.keys(ours.dependencies ?? {}))).toEqual(fromDisk);
    // Everything else the bundle carries is a dev dependency: installed here for tests and bundling, not for a newsroom.
    const bundledNames = new Set([...bundledLibraries().values()].map((manifest) => manifest.name));
    for (const name of Object.keys(ours.dependencies ?? {})) expect(bundledNames.has(name), `${name} is both bundled and a dependency`).toBe(false);
  });

  it('is publishable: the files, entry points and declarations a package needs', () => {
    expect(ours.private).toBeUndefined();
    expect(ours.bin).toEqual({ edition: 'dist/cli.js' });
    expect(ours.exports).toEqual({
      // `default` too: Node 20.19 and later require() an ES module without top-level await, as dist/index.js is.
      '.': { types: './dist/types/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
      './package.json': './package.json',
    });
    expect(ours.types).toBe('dist/types/index.d.ts');
    expect(ours.files).toEqual(expect.arrayContaining(['dist/*.js', 'dist/engine-fingerprint.txt', 'dist/types/', 'templates/', 'starter/', 'CHANGELOG.md']));
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'starter/content/site.yml']) expect(existsSync(join(REPO, file)), file).toBe(true);
    // Declarations are made when packing, not on every npm ci.
    expect(ours.scripts?.prepack).toBe('node scripts/prepack.mjs');
    expect(ours.scripts?.prepare).not.toMatch(/tsc|declaration/);
    const changelog = readFileSync(join(REPO, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^## \\[${ours.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });
});
