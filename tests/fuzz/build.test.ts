/**
 * Property-based fuzzing of the library build() with generated projects
 * (see ./arbitraries.ts); the CLI's own property is in ./cli.test.ts, limits
 * on alias bombs and huge files in ./resource-limits.test.ts.
 *
 * 1. build() succeeds, or throws BuildFailedError with errors; never anything else.
 * 2. Every error diagnostic names a file and a line in it (and its field, in words for an editor).
 * 3. A successful build's pages are valid HTML with no script, event handler
 *    or dangerous URL from content; its feeds are well-formed.
 * 4. Building the same content twice gives the same bytes (and the same
 *    diagnostics), in memory, and on disk cold and then from the cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, type FuzzProject } from './arbitraries.js';
import { buildOutcome, checkDiagnostics, checkOutput, sameFiles, writeProject } from './build-checks.js';
import { FUZZING, fuzzParameters, fuzzTimeout } from './fuzz-config.js';
import { treeDigest } from '../helpers/tree.js';
import type { OutputFile } from '../../src/model/index.js';

const contentsOf = (file: OutputFile) =>
  typeof file.contents === 'string' || !('copyFrom' in file.contents) ? file.contents : readFileSync(file.contents.copyFrom);

describe('fuzzing build() with generated projects', () => {
  it(
    'plausible projects with strange text, raw HTML and odd links: builds that succeed publish safe, valid pages, the same bytes twice',
    async () => {
      let built = 0;
      const parameters = fuzzParameters<[FuzzProject]>('plausible projects', 40);
      await fc.assert(
        fc.asyncProperty(project(false), async (generated) => {
          const { root, remove } = await writeProject(generated);
          try {
            const first = await buildOutcome(root);
            const second = await buildOutcome(root);
            if (!first.ok) {
              checkDiagnostics(first.diagnostics, generated.files);
              expect(second).toEqual(first);
              return;
            }
            built++;
            checkDiagnostics(first.result.diagnostics, generated.files);
            await checkOutput(first.result.files);
            if (!second.ok) throw new Error(`the second build failed: ${JSON.stringify(second.diagnostics)}`);
            sameFiles(first.result.files, second.result.files);
          } finally {
            await remove();
          }
        }),
        parameters,
      );
      // The output properties mean little unless most plausible projects build.
      expect(built).toBeGreaterThanOrEqual(parameters.numRuns! / 2);
      if (FUZZING) console.log(`[fuzz] plausible projects: ${built} of ${parameters.numRuns} built`);
    },
    fuzzTimeout(60_000),
  );

  it(
    'builds to disk, cold and then from the cache, write the same bytes as a build in memory',
    async () => {
      await fc.assert(
        fc.asyncProperty(project(false), async (generated) => {
          const { root, remove } = await writeProject(generated);
          try {
            const memory = await buildOutcome(root);
            const options = { write: true, cacheDir: join(root, '.edition-cache'), outDir: join(root, 'public') };
            const cold = await buildOutcome(root, options);
            const coldTree = memory.ok ? await treeDigest(join(root, 'public')) : undefined;
            const warm = await buildOutcome(root, options);
            if (!memory.ok || !cold.ok || !warm.ok) {
              expect([cold.ok, warm.ok]).toEqual([memory.ok, memory.ok]);
              return;
            }
            expect(warm.result.rendering.rendered).toBe(0);
            const expected = Object.fromEntries(
              memory.result.files.map((file) => [file.path, createHash('sha256').update(contentsOf(file)).digest('hex')]),
            );
            expect(coldTree).toEqual(expected);
            expect(await treeDigest(join(root, 'public'))).toEqual(expected);
          } finally {
            await remove();
          }
        }),
        fuzzParameters('disk and cache', 10, 0.2),
      );
    },
    fuzzTimeout(60_000),
  );

  it(
    'broken projects (wrong types, bad YAML, alias bombs, unclosed Markdown, unsafe links): every error is located and worded for an editor',
    async () => {
      await fc.assert(
        fc.asyncProperty(project(true), async (generated) => {
          const { root, remove } = await writeProject(generated);
          try {
            const first = await buildOutcome(root);
            const second = await buildOutcome(root);
            if (first.ok) {
              checkDiagnostics(first.result.diagnostics, generated.files);
              await checkOutput(first.result.files);
              if (!second.ok) throw new Error(`the second build failed: ${JSON.stringify(second.diagnostics)}`);
              sameFiles(first.result.files, second.result.files);
              return;
            }
            checkDiagnostics(first.diagnostics, generated.files);
            expect(second).toEqual(first);
          } finally {
            await remove();
          }
        }),
        fuzzParameters('broken projects', 100),
      );
    },
    fuzzTimeout(60_000),
  );
});
