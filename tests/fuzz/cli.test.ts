/**
 * Property 1, through the real command line: for any project, `edition build`
 * and `edition check` (plain, --json, --quiet, --no-cache) exit 0 or 1, never
 * print a stack trace, locate every error they print, and print a bounded
 * amount, with no control characters, whatever the content holds. A process per case is costly, so this
 * runs fewer cases than ./build.test.ts, which checks the same through build().
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/index.js';
import { project } from './arbitraries.js';
import { checkDiagnostics, writeProject } from './build-checks.js';
import { fuzzParameters, fuzzTimeout } from './fuzz-config.js';
import { runMeasured, STACK_TRACE } from './run-cli.js';

const COMMANDS = [['build'], ['build', '--json'], ['build', '--quiet', '--no-cache'], ['check'], ['check', '--json']] as const;

/** More than any report needs: code frames are cut to 160 characters a line, values in messages to 60. */
const MAX_OUTPUT = 512 * 1024;

describe('fuzzing the edition command line', () => {
  it(
    'exits 0 or 1 without a stack trace, and locates every error it prints',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean().chain(project), fc.constantFrom(...COMMANDS), async (generated, command) => {
          const { root, remove } = await writeProject(generated);
          try {
            const run = await runMeasured(command, root);
            const output = `${run.stdout}\n${run.stderr}`;
            if (run.code !== 0 && run.code !== 1) throw new Error(`exit code ${run.code} (signal ${run.signal}):\n${output.slice(0, 4000)}`);
            if (STACK_TRACE.test(output)) throw new Error(`a stack trace:\n${output.slice(0, 4000)}`);
            expect(output.length).toBeLessThan(MAX_OUTPUT);
            // Nothing from content reaches the terminal as a control character (colours, titles, cursor moves); JSON is for programs.
            expect(command.includes('--json') ? run.stderr : output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
            if (command.includes('--json')) {
              const json = JSON.parse(run.stdout) as { ok: boolean; diagnostics: Diagnostic[] };
              expect(json.ok).toBe(run.code === 0);
              checkDiagnostics(json.diagnostics, generated.files);
            } else {
              // "content/x.md:3:1: error [code] message": every error printed starts with its file and line.
              for (const line of run.stderr.split('\n').filter((l) => / error \[[a-z-]+\] /.test(l) && !l.startsWith(' '))) {
                expect(line, output.slice(0, 4000)).toMatch(/^[^:\s][^:]*:\d+(?::\d+)?: error \[/);
              }
              if (run.code === 1) expect(run.stderr).toMatch(/error/);
            }
          } finally {
            await remove();
          }
        }),
        fuzzParameters('command line', 12, 0.1),
      );
    },
    fuzzTimeout(60_000),
  );
});
