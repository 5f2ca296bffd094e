/**
 * Regression (code review): the cache's manifest of written files went stale when
 * a build without the cache replaced public/ in between, so the next cached build
 * did not know to delete the page of an edition removed since.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, edition, makeProject, siteFiles } from '../helpers/site.js';

describe('a deleted edition after a build without the cache', () => {
  it('has its page removed by the next cached build instead of staying published', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }) }));
    await buildProject(root);
    await writeFile(join(root, 'content/editions/2024-01-05-second.md'), edition({ headline: 'Second', date: '2024-01-05' }));
    await buildProject(root, { cacheDir: false });
    await rm(join(root, 'content/editions/2024-01-05-second.md'));
    const last = await buildProject(root);
    expect(existsSync(join(last.outDir, '2024/01/05/second/index.html'))).toBe(false);
  });
});
