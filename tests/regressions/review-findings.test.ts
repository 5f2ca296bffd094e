/** Defects a code review found; each test failed before its fix. */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailedError } from '../../src/diagnostics.js';
import { renderMarkdown } from '../../src/stages/render-markdown.js';
import { parseEditionDate } from '../../src/util/dates.js';
import { buildProject, edition, makeProject, siteFiles } from '../helpers/site.js';

describe('review findings', () => {
  it('refuses an output folder that is the project, or holds or sits in content/', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }) }));
    for (const outDir of ['.', 'content', 'content/media', '..']) {
      const failure = await buildProject(root, { outDir }).catch((cause: unknown) => cause);
      expect(failure, outDir).toBeInstanceOf(BuildFailedError);
      expect((failure as BuildFailedError).diagnostics[0]).toMatchObject({ code: 'output-error' });
    }
    expect(existsSync(join(root, 'content/editions/2024-03-12-x.md'))).toBe(true);
  });

  it('removes a deleted edition’s page even when a build without the cache came in between', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }) }));
    await buildProject(root);
    await writeFile(join(root, 'content/editions/2024-01-05-second.md'), edition({ headline: 'Second', date: '2024-01-05' }));
    await buildProject(root, { cacheDir: false });
    await rm(join(root, 'content/editions/2024-01-05-second.md'));
    const last = await buildProject(root);
    expect(existsSync(join(last.outDir, '2024/01/05/second/index.html'))).toBe(false);
  });

  it('keeps the fragment and query of a site link after its trailing slash', () => {
    const render = (body: string) => renderMarkdown({ file: 'x.md', body, bodyLine: 1 }, { siteUrl: 'https://ex.org/brief/', mediaFiles: new Set() });
    expect(render('[a](2024/03/11/grain-deal/#ukraine) [b](archive/?page=2)').html).toContain(
      'href="https://ex.org/brief/2024/03/11/grain-deal/#ukraine"',
    );
    expect(render('[b](archive/?page=2)').html).toContain('href="https://ex.org/brief/archive/?page=2"');
    expect(render('[c](%2e%2e/other/)').diagnostics.map((d) => d.code)).toEqual(['unsafe-url']);
  });

  it('refuses an impossible UTC offset', () => {
    expect(parseEditionDate('2024-03-12T07:00:00+99:99', 'UTC')).toBeUndefined();
    expect(parseEditionDate('2024-03-12T07:00:00+14:00', 'UTC')?.iso).toBe('2024-03-12T07:00:00+14:00');
  });
});
