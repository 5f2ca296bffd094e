/**
 * The layers of src/ as the README draws them: a module imports only from its
 * own room or from rooms below it, and no files or rooms import each other in
 * a circle. Type-only and dynamic imports count too: a reader follows them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Lowest first. A room is a folder of src/ (stages/ counts each sub-folder) or a file at its top. */
const LAYERS: string[][] = [
  ['model'],
  ['util', 'types', 'package-files.ts'],
  ['i18n'],
  ['diagnostics.ts'],
  ['cache', 'workers'],
  ['stages/read', 'stages/validate', 'stages/render', 'stages/share-image', 'stages/plan', 'stages/write'],
  ['stages/prepare', 'stages/apply'],
  ['pages'],
  ['email', 'search'],
  ['build.ts', 'worker.ts'],
  ['check', 'dev', 'scaffold'],
  ['cli'],
  ['cli.ts', 'index.ts'],
];
const LAYER_OF = new Map(LAYERS.flatMap((rooms, layer) => rooms.map((room) => [room, layer] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(SRC, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

function roomOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return file;
  return parts[0] === 'stages' && parts.length > 2 ? `stages/${parts[1]}` : parts[0]!;
}

/** Every relative import of `file`, static, type-only or dynamic, as a path under src/. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(SRC, file), 'utf8'), true, true);
  return info.importedFiles
    .map((ref) => ref.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(SRC, resolve(SRC, dirname(file), name)).split('\\').join('/').replace(/\.js$/, '.ts'));
}

/** One circle in `graph` (as its nodes, first repeated last), or undefined when there is none. */
function findCircle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const circle = visit(node);
    if (circle) return circle;
  }
  return undefined;
}

const files = sourceFiles(SRC);
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

describe('the layers of src/', () => {
  it('places every file in a room of a known layer', () => {
    expect(files.filter((file) => !LAYER_OF.has(roomOf(file)))).toEqual([]);
  });

  it('imports only existing files', () => {
    expect(edges.filter(({ to }) => !files.includes(to))).toEqual([]);
  });

  it('imports only downward, or within the same room', () => {
    const upward = edges
      .filter(({ from, to }) => roomOf(from) !== roomOf(to))
      .filter(({ from, to }) => LAYER_OF.get(roomOf(to))! >= LAYER_OF.get(roomOf(from))!)
      .map(({ from, to }) => `${from} → ${to}`);
    expect(upward).toEqual([]);
  });

  it('has no import circle between files', () => {
    const graph = new Map(files.map((file) => [file, new Set(edges.filter((e) => e.from === file).map((e) => e.to))]));
    expect(findCircle(graph)).toBeUndefined();
  });

  it('keeps model/ free of imports from outside it', () => {
    expect(edges.filter(({ from, to }) => from.startsWith('model/') && !to.startsWith('model/'))).toEqual([]);
  });

  it('keeps at most eight files loose in stages/', () => {
    expect(files.filter((file) => /^stages\/[^/]+$/.test(file)).length).toBeLessThanOrEqual(8);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const graph = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]);
    expect(findCircle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });
});
