/**
 * Issue 12: quotation marks follow the site's language, and changing the
 * language renders the editions again instead of serving them from the cache.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, textOf } from '../helpers/html.js';
import { buildProject, edition, makeProject, siteFiles, SITE_YML } from '../helpers/site.js';

const BODY = '"Wir haben \'keine Wahl\'", sagte die Ministerin. Das war\'s -- vorerst.\n\nCode bleibt: `"x"`.\n';

describe('quotation marks', () => {
  it('should be German in a de-DE site, and English again when the site turns English, through the cache', async () => {
    const root = await makeProject(
      siteFiles({
        'content/site.yml': SITE_YML.replace('language: en', 'language: de-DE'),
        'content/editions/2024-03-12-a.md': edition({ headline: 'A', date: '2024-03-12' }, BODY),
      }),
    );
    const paragraphs = async () => {
      const page = parseHtml(await (await buildProject(root)).read('2024/03/12/a/index.html'));
      return page.all('.edition__body p').map(textOf);
    };

    expect(await paragraphs()).toEqual(['„Wir haben ‚keine Wahl‘“, sagte die Ministerin. Das war’s — vorerst.', 'Code bleibt: "x".']);

    const siteYml = join(root, 'content/site.yml');
    await writeFile(siteYml, (await readFile(siteYml, 'utf8')).replace('language: de-DE', 'language: en'));
    expect(await paragraphs()).toEqual(['“Wir haben ‘keine Wahl’”, sagte die Ministerin. Das war’s — vorerst.', 'Code bleibt: "x".']);
  });
});
