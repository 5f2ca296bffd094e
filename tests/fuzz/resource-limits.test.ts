/**
 * Property 5: an alias bomb or a huge file is refused quickly, with bounded
 * memory, by a clear error that names the file and the line.
 *
 * Limits (see src/stages/read/load-content.ts, yaml-limits.ts and
 * src/stages/render/markdown-limits.ts): content files of at most 1 MB, read
 * only after their size is known; at most 100,000 characters of YAML per
 * file, and 1,000 values once aliases are repeated out, measured on the
 * syntax tree before anything is expanded; Markdown paragraphs of at most 10,000 characters and 1,000 * and _,
 * nested at most 64 levels.
 *
 * The bounds below are generous (each case takes well under a second and a
 * few megabytes here) so they cannot flake on a busy machine, yet far below
 * what an unbounded expansion takes: a 10^9 bomb expanded needs minutes and
 * gigabytes, a 3 GB file cannot even be held in a string.
 */
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasBomb } from './arbitraries.js';
import { buildOutcome, writeProject } from './build-checks.js';
import { fuzzParameters, fuzzTimeout } from './fuzz-config.js';
import { runMeasured, STACK_TRACE } from './run-cli.js';
import { edition, OFFER_MD, SITE_YML } from '../helpers/site.js';
import type { Diagnostic } from '../../src/model/index.js';

const MB = 1024 * 1024;
/** Per refused build in this process: time, and growth of the JS heap. */
const MAX_MS = 5_000;
const MAX_HEAP_GROWTH = 64 * MB;
/** For the whole command line refusing everything at once, in a child process. */
const MAX_CLI_MS = 20_000;
const MAX_CLI_RSS = 300 * MB;

const EDITION = 'content/editions/2024-03-12-bomb.md';
const FILES = { edition: EDITION, offer: 'content/offer.md', settings: 'content/site.yml' } as const;

/** The plain site with `bomb` inserted as extra YAML lines into one file (after `before` ordinary lines). */
function withBomb(where: keyof typeof FILES, bomb: string): Record<string, string> {
  const files: Record<string, string> = {
    'content/site.yml': SITE_YML,
    'content/offer.md': OFFER_MD,
    [EDITION]: edition({ headline: 'Laughs', date: '2024-03-12' }),
  };
  const path = FILES[where];
  files[path] = where === 'settings' ? `${files[path]}${bomb}\n` : files[path]!.replace(/\n---\n/, `\n${bomb}\n---\n`);
  return files;
}

function only(diagnostics: readonly Diagnostic[]): Diagnostic {
  expect(diagnostics, JSON.stringify(diagnostics)).toHaveLength(1);
  return diagnostics[0]!;
}

describe('resource limits', () => {
  it(
    'an alias bomb of any shape, in an edition, the offer or the settings, is refused at its file and line, quickly and without growing the heap',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            depth: fc.integer({ min: 2, max: 40 }),
            width: fc.integer({ min: 2, max: 1200 }),
            where: fc.constantFrom<keyof typeof FILES>('edition', 'offer', 'settings'),
          // A bomb (over 3,000 values once expanded) whose text is under the 100,000 characters of YAML read at all.
          }).filter(({ depth, width }) => depth * Math.log10(width) >= 3.5 && depth * width * (8 + String(depth).length) < 95_000),
          async ({ depth, width, where }) => {
            const files = withBomb(where, aliasBomb(depth, width));
            const { root, remove } = await writeProject({ files, narration: false });
            try {
              const heapBefore = process.memoryUsage().heapUsed;
              const started = performance.now();
              const outcome = await buildOutcome(root);
              const ms = performance.now() - started;
              const growth = process.memoryUsage().heapUsed - heapBefore;
              if (outcome.ok) throw new Error(`a ${width}^${depth} alias bomb in ${FILES[where]} built`);
              const d = only(outcome.diagnostics);
              expect(d).toMatchObject({ code: 'too-large', file: FILES[where] });
              // The bomb's lines start after the file's own: line 1 of site.yml is "title:", of front matter "---".
              const firstBombLine = files[FILES[where]]!.split('\n').findIndex((line) => line.startsWith('lol0:')) + 1;
              expect(d.line).toBeGreaterThanOrEqual(firstBombLine);
              expect(d.line).toBeLessThan(firstBombLine + depth);
              expect(d.message).toMatch(/^The field "lol\d+" (grows past|holds more than) 1,000 values/);
              expect(ms).toBeLessThan(MAX_MS);
              expect(growth).toBeLessThan(MAX_HEAP_GROWTH);
            } finally {
              await remove();
            }
          },
        ),
        fuzzParameters('alias bombs', 15, 0.2),
      );
    },
    fuzzTimeout(60_000),
  );

  it(
    'the command line refuses 10^10 bombs, thousands of fields, a parser-hostile paragraph and 3 GB files in seconds, within 300 MB, naming each file',
    async () => {
      const bomb = aliasBomb(10, 10);
      // Each project stops the build at a different stage: settings first, then the files read, then offer and editions together.
      const projects: { files: Record<string, string>; huge?: Record<string, number>; expected: string[] }[] = [
        {
          files: { 'content/site.yml': `${SITE_YML}${bomb}\n`, [EDITION]: edition({ headline: 'Fine', date: '2024-03-12' }) },
          expected: ['content/site.yml'],
        },
        {
          files: { 'content/site.yml': SITE_YML, 'content/offer.md': '', [EDITION]: '' },
          // Sparse: gigabytes on paper, nothing on disk.
          huge: { 'content/offer.md': 2 * 1024 * MB, [EDITION]: 3 * 1024 * MB },
          expected: [EDITION, 'content/offer.md'],
        },
        {
          files: {
            'content/site.yml': SITE_YML,
            'content/offer.md': OFFER_MD.replace(/\n---\n/, `\n${bomb}\n---\n`),
            [EDITION]: edition({ headline: 'Laughs', date: '2024-03-12' }).replace(/\n---\n/, `\n${bomb}\n---\n`),
            // 5,000 fields (50 KB) is over the 1,000 values; 50,000 (0.5 MB) over the 100,000 characters of YAML read at all.
            // yaml's own duplicate check compared every pair of them (minutes).
            'content/editions/2024-03-13-fields.md': `---\n${Array.from({ length: 5_000 }, (_, i) => `f${i}: v`).join('\n')}\n---\nText.\n`,
            'content/editions/2024-03-13-more-fields.md': `---\n${Array.from({ length: 50_000 }, (_, i) => `field${i}: value`).join('\n')}\n---\nText.\n`,
            // 8,000 characters of nested list markers took the Markdown parser 30 s.
            'content/editions/2024-03-14-markers.md': edition({ headline: 'Markers', date: '2024-03-14' }, `${'- '.repeat(4000)}x\n`),
          },
          expected: [
            'content/editions/2024-03-12-bomb.md',
            'content/editions/2024-03-13-fields.md',
            'content/editions/2024-03-13-more-fields.md',
            'content/editions/2024-03-14-markers.md',
            'content/offer.md',
          ],
        },
      ];
      for (const { files, huge = {}, expected } of projects) {
        const { root, remove } = await writeProject({ files, narration: false });
        try {
          for (const [path, bytes] of Object.entries(huge)) await truncate(join(root, path), bytes);
          // A heap limit as well, so an unbounded expansion ends the process rather than the machine.
          const run = await runMeasured(['build', '--json'], root, { nodeOptions: ['--max-old-space-size=256'], timeoutMs: 120_000 });
          expect(run.code, run.stderr.slice(0, 2000)).toBe(1);
          expect(run.stderr).not.toMatch(STACK_TRACE);
          const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
          expect(diagnostics.map((d) => d.file)).toEqual(expected);
          for (const d of diagnostics) {
            expect(d.code).toBe('too-large');
            expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
          }
          expect(run.ms).toBeLessThan(MAX_CLI_MS);
          expect(run.maxRss).toBeLessThan(MAX_CLI_RSS);
        } finally {
          await remove();
        }
      }
    },
    fuzzTimeout(120_000),
  );
});
