/** The benchmark corpus: deterministic from its seed, valid Edition content, and the same bodies for every tool. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM without type declarations
import { addEdition, changeEdition, ensureCorpus, extraEdition, formats, LAST_DATE, planCorpus, resetCorpus } from '../../bench/corpus.mjs';
import { build } from '../../src/build.js';
import { TEMPLATES } from '../helpers/site.js';
import { tempDir } from '../helpers/temp.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');

/** path → sha256 of every file under `dir`. */
function digest(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    entries
      .map((e) => join(e.parentPath, e.name))
      .map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const workDir = () => tempDir('edition-bench-test-');

describe('the benchmark corpus', () => {
  it('should write byte-identical files for the same seed and N', () => {
    const a = ensureCorpus({ workDir: workDir(), n: 30, seed: 'same' });
    const b = ensureCorpus({ workDir: workDir(), n: 30, seed: 'same' });
    expect(digest(a.dir)).toEqual(digest(b.dir));
    expect(Object.keys(digest(a.dir)).filter((p) => p.endsWith('.md') && !p.endsWith('offer.md'))).toHaveLength(90);
  });

  it('should differ with another seed', () => {
    const [a, b] = [planCorpus({ n: 5, seed: 'one' }), planCorpus({ n: 5, seed: 'two' })];
    expect(a.map((e: { body: string }) => e.body)).not.toEqual(b.map((e: { body: string }) => e.body));
  });

  it('should give realistic editions: about 4 KB, dated on or before LAST_DATE, unique names', () => {
    const editions = planCorpus({ n: 500, seed: 'shape' });
    const sizes = editions.map((e: unknown) => formats.edition(e).length);
    const average = sizes.reduce((a: number, b: number) => a + b, 0) / sizes.length;
    expect(average).toBeGreaterThan(3500);
    expect(average).toBeLessThan(5000);
    expect(new Set(editions.map((e: { name: string }) => e.name)).size).toBe(500);
    expect(editions.every((e: { day: string }) => e.day <= LAST_DATE)).toBe(true);
    expect(editions.some((e: { audio: boolean }) => e.audio)).toBe(true);
  });

  it('should use the same Markdown body for Edition, Eleventy and Hugo', () => {
    const [e] = planCorpus({ n: 1, seed: 'body' });
    for (const format of [formats.edition, formats.eleventy, formats.hugo]) expect(format(e).endsWith(e.body)).toBe(true);
  });

  it('should build with Edition without a single diagnostic, before and after a change and an addition', async () => {
    const corpus = ensureCorpus({ workDir: workDir(), n: 60, seed: 'valid' });
    const root = join(corpus.dir, 'edition');
    const first = await build({ root, templatesDir: TEMPLATES, now: NOW, write: false, cacheDir: false });
    expect(first.diagnostics).toEqual([]);
    expect(first.editions.published).toBe(60);

    changeEdition(corpus, 'edition', corpus.editions[0], 'Benchchange1.');
    addEdition(corpus, 'edition', extraEdition({ seed: corpus.seed, marker: 'Benchadded1.' }));
    const second = await build({ root, templatesDir: TEMPLATES, now: NOW, write: false, cacheDir: false });
    expect(second.diagnostics).toEqual([]);
    expect(second.editions.published).toBe(61);

    resetCorpus(corpus);
    expect(digest(corpus.dir)).toEqual(digest(ensureCorpus({ workDir: workDir(), n: 60, seed: 'valid' }).dir));
  });
});
