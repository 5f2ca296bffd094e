/**
 * Regression (code review): a build replaces its output folder as a whole, so an
 * --out that is the project, content/, a folder inside content/ or the folder
 * above the project would have deleted the editor's content.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailedError } from '../../src/diagnostics.js';
import { buildProject, edition, makeProject, siteFiles } from '../helpers/site.js';

describe('an output folder that overlaps the content', () => {
  it('is refused with output-error, and content/ survives, for the project itself, content/, content/media and its parent', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }) }));
    for (const outDir of ['.', 'content', 'content/media', '..']) {
      const failure = await buildProject(root, { outDir }).catch((cause: unknown) => cause);
      expect(failure, outDir).toBeInstanceOf(BuildFailedError);
      expect((failure as BuildFailedError).diagnostics[0]).toMatchObject({ code: 'output-error' });
    }
    expect(existsSync(join(root, 'content/editions/2024-03-12-x.md'))).toBe(true);
  });
});
