/**
 * Regression (issue 15 review): a long-running preview keeps the editions it
 * rendered (the render cache's index, in memory) from one rebuild to the
 * next, and a memo of each edition's link (headline, URL, date as text) hung
 * on them. The date's text depends on the site's language, which is not part
 * of the render cache's key: after `language: de` the preview still wrote the
 * dates in English. Every page must follow the settings of its own build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { createKeptIndex } from '../../src/cache/render-cache.js';
import { createFileCache } from '../../src/dev/file-cache.js';
import { previewBuild } from '../../src/dev/preview-build.js';
import type { OutputFile } from '../../src/model/index.js';
import { createMemoryOutputCache } from '../../src/stages/write/memory-output.js';
import { parseHtml } from '../helpers/html.js';
import { edition, makeProject, NOW, siteFiles, TEMPLATES } from '../helpers/site.js';

const html = (files: readonly OutputFile[], path: string) => {
  const contents = files.find((file) => file.path === path)!.contents;
  return parseHtml(typeof contents === 'string' ? contents : Buffer.from(contents as Uint8Array).toString('utf8'));
};

describe('a long-running preview after the site language changed', () => {
  it('writes every date in the new language', async () => {
    const root = await makeProject(
      siteFiles({
        'content/editions/2024-03-11-one.md': edition({ headline: 'One', date: '2024-03-11' }),
        'content/editions/2024-03-12-two.md': edition({ headline: 'Two', date: '2024-03-12' }),
      }),
    );
    const files = createFileCache();
    const memory = { output: createMemoryOutputCache(), index: createKeptIndex() };
    const preview = async () => (await previewBuild({ root, templatesDir: TEMPLATES, siteUrl: 'http://localhost:4000/' }, files, NOW, memory)).files;
    const dates = (built: readonly OutputFile[]) => ({
      page: html(built, '2024/03/12/two/index.html').text('.edition__byline time'),
      home: html(built, 'index.html').all('li time').map((time) => toString(time)),
    });

    expect(dates(await preview())).toEqual({ page: 'March 12, 2024', home: ['March 11, 2024'] });

    const settings = join(root, 'content/site.yml');
    await writeFile(settings, (await readFile(settings, 'utf8')).replace('language: en', 'language: de'));
    files.forget(settings); // as the watcher does
    expect(dates(await preview())).toEqual({ page: '12. März 2024', home: ['11. März 2024'] });
  });
});
