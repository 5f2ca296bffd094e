/**
 * Property-based fuzzing of the library build() with generated projects
 * (see ./arbitraries.ts); the CLI's own property is in ./cli.test.ts, limits
 * on alias bombs and huge files in ./resource-limits.test.ts.
 *
 * 1. build() succeeds, or throws BuildFailedError with errors; never anything else.
 * 2. Every error diagnostic names a file and a line in it (and its field, in words for an editor).
 * 3. A successful build's pages are valid HTML with no script, event handler
 *    or dangerous URL from content; its feeds are well-formed.
 * 4. Building the same content twice gives the same bytes (and the same diagnostics).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, type FuzzProject } from './arbitraries.js';
import { buildOutcome, checkDiagnostics, checkOutput, sameFiles, writeProject } from './build-checks.js';
import { FUZZING, fuzzParameters, fuzzTimeout } from './fuzz-config.js';

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
