/**
 * Regression (found by fuzzing, tests/fuzz/resource-limits.test.ts): a huge
 * content file was read whole into memory, then parsed; a few gigabytes ended
 * the build with an internal error ("Cannot create a string longer than…"),
 * and tens of megabytes held it for minutes. Settings, offer and edition files
 * over 1 MB are now refused before they are read, each with its own error.
 */
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailedError } from '../../src/diagnostics.js';
import { MAX_SOURCE_BYTES } from '../../src/stages/read/load-content.js';
import { buildProject, edition, makeProject, siteFiles } from '../helpers/site.js';

describe('content files over 1 MB', () => {
  it('are refused unread, each named at line 1, and the build fails in moments', async () => {
    const root = await makeProject(
      siteFiles({
        'content/editions/2024-03-12-fine.md': edition({ headline: 'Fine', date: '2024-03-12' }),
        'content/editions/2024-03-13-huge.md': '',
      }),
    );
    // Sparse files: 3 GB each on paper, nothing on disk.
    await truncate(join(root, 'content/editions/2024-03-13-huge.md'), 3 * 2 ** 30);
    await truncate(join(root, 'content/offer.md'), 3 * 2 ** 30);
    await truncate(join(root, 'content/site.yml'), MAX_SOURCE_BYTES + 1);

    const started = performance.now();
    const failure = await buildProject(root).catch((cause: unknown) => cause);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(failure).toBeInstanceOf(BuildFailedError);
    const diagnostics = (failure as BuildFailedError).diagnostics;
    expect(diagnostics.map(({ code, file, line }) => ({ code, file, line }))).toEqual([
      { code: 'too-large', file: 'content/editions/2024-03-13-huge.md', line: 1 },
      { code: 'too-large', file: 'content/offer.md', line: 1 },
      { code: 'too-large', file: 'content/site.yml', line: 1 },
    ]);
    expect(diagnostics[0]!.message).toBe('The file is 3,221,225,472 bytes; Edition reads content files of at most 1,000,000 bytes (1 MB).');
  });

  it('still reads a file of exactly 1 MB', async () => {
    const body = `${'A sentence of an unusually long edition. '.repeat(20)}\n\n`;
    const header = edition({ headline: 'Long', date: '2024-03-12' }, '');
    const text = header + body.repeat(Math.floor((MAX_SOURCE_BYTES - header.length) / body.length));
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-long.md': text.padEnd(MAX_SOURCE_BYTES, '.') }));
    await expect(buildProject(root)).resolves.toMatchObject({ editions: { published: 1 } });
  });
});
