/**
 * Issue 12: quotation marks follow the language of the text (the site's, or
 * an edition's own), and changing the language renders the editions again
 * instead of serving them from the cache.
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

  it('should follow an edition that names its own language, on a site in another', async () => {
    const site = await buildProject(
      await makeProject(
        siteFiles({
          'content/editions/2024-03-12-a.md': edition({ headline: 'A', date: '2024-03-12', language: 'fr' }, '"Non", a-t-il dit.\n'),
          'content/editions/2024-03-13-b.md': edition({ headline: 'B', date: '2024-03-13' }, '"No", he said.\n'),
        }),
      ),
    );
    // textOf() folds the narrow no-break spaces with other white space: the characters are read from the text node.
    const text = async (path: string) => parseHtml(await site.read(path)).all('.edition__body p').map((p) => p.children.map((node) => ('value' in node ? node.value : '')).join(''));
    expect(await text('2024/03/12/a/index.html')).toEqual(['«\u202fNon\u202f», a-t-il dit.']);
    expect(await text('2024/03/13/b/index.html')).toEqual(['“No”, he said.']);
  });
});
