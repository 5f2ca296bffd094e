/**
 * Regression (code review): a tag in Cyrillic or Japanese was refused as having
 * no letters, so it got no page; and a media file named "ep#1.mp3" broke its
 * <source> and Markdown link, the "#" read as the start of a fragment. Tag pages
 * now keep letters of every script, and every link percent-encodes its path.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, parseHtml, type Doc } from '../helpers/html.js';
import { brokenLinks } from '../helpers/link-check.js';
import { buildProject, edition, makeProject, NARRATION, siteFiles, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

let root: string;
let site: BuiltSite;
let page: Doc;

beforeAll(async () => {
  root = await makeProject(
    siteFiles({
      'content/editions/2024-03-12-x.md': edition(
        { headline: 'X', date: '2024-03-12', tags: '[Україна, 東京, Élections]', audio: '"media/ep#1.mp3"' },
        'Listen to [episode 1](media/ep%231.mp3).\n',
      ),
      'content/media/ep#1.mp3': await readFile(NARRATION),
    }),
  );
  site = await buildProject(root);
  page = parseHtml(await site.read('2024/03/12/x/index.html'));
});
afterAll(() => removeTemp(root));

describe('tags in any script', () => {
  it('get a tag page for a Cyrillic and a Japanese tag instead of being refused', () => {
    expect(existsSync(join(site.outDir, 'tags/україна/index.html'))).toBe(true);
    expect(existsSync(join(site.outDir, 'tags/東京/index.html'))).toBe(true);
  });

  it('are linked with percent-encoded addresses, and Latin accents dropped', () => {
    expect(page.all('.edition__tags a').map((a) => attribute(a, 'href'))).toEqual([
      '../../../../tags/%D1%83%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0/',
      '../../../../tags/%E6%9D%B1%E4%BA%AC/',
      '../../../../tags/elections/',
    ]);
  });
});

describe('a media file with "#" in its name', () => {
  it('is linked as %23 from the audio player, not cut at a fragment', () => {
    expect(attribute(page.one('audio source'), 'src')).toBe('../../../../media/ep%231.mp3');
  });

  it('is linked as %23 from the Markdown body, made absolute', () => {
    expect(attribute(page.one('.edition__body a'), 'href')).toBe('https://news.example.org/media/ep%231.mp3');
  });
});

describe('the whole site with such tags and file names', () => {
  it('has no broken links', () => {
    expect(brokenLinks(site.outDir, 'https://news.example.org/')).toEqual([]);
  });
});
