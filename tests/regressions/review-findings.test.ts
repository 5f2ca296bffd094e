/** Defects a code review found; each test failed before its fix. */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailedError } from '../../src/diagnostics.js';
import { renderMarkdown } from '../../src/stages/render/render-markdown.js';
import { parseEditionDate } from '../../src/util/dates.js';
import { attribute, parseHtml } from '../helpers/html.js';
import { brokenLinks } from '../helpers/link-check.js';
import { buildProject, edition, makeProject, NARRATION, siteFiles } from '../helpers/site.js';

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

  it('gives tags in any script a page, and encodes file names in links', async () => {
    const site = await buildProject(
      await makeProject(
        siteFiles({
          'content/editions/2024-03-12-x.md': edition(
            { headline: 'X', date: '2024-03-12', tags: '[Україна, 東京, Élections]', audio: '"media/ep#1.mp3"' },
            'Listen to [episode 1](media/ep%231.mp3).\n',
          ),
          'content/media/ep#1.mp3': await readFile(NARRATION),
        }),
      ),
    );
    expect(existsSync(join(site.outDir, 'tags/україна/index.html'))).toBe(true);
    expect(existsSync(join(site.outDir, 'tags/東京/index.html'))).toBe(true);
    const page = parseHtml(await site.read('2024/03/12/x/index.html'));
    expect(page.all('.edition__tags a').map((a) => attribute(a, 'href'))).toEqual([
      '../../../../tags/%D1%83%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0/',
      '../../../../tags/%E6%9D%B1%E4%BA%AC/',
      '../../../../tags/elections/',
    ]);
    expect(attribute(page.one('audio source'), 'src')).toBe('../../../../media/ep%231.mp3');
    expect(attribute(page.one('.edition__body a'), 'href')).toBe('https://news.example.org/media/ep%231.mp3');
    expect(brokenLinks(site.outDir, 'https://news.example.org/')).toEqual([]);
  });
});
