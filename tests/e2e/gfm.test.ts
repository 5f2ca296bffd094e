/**
 * A site written in GFM, built: pages valid under html-validate's recommended
 * rules, and on the home page, which shows the latest edition and the offer's
 * pitch together, footnote ids unique and every in-page link leading somewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, parseHtml, type Doc } from '../helpers/html.js';
import { GFM_EDITION_PATH, gfmProject } from '../helpers/gfm-site.js';
import { buildProject, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';
import { validateHtml } from '../helpers/validate-html.js';

let root: string;
let site: BuiltSite;

beforeAll(async () => {
  root = await gfmProject();
  site = await buildProject(root);
});
afterAll(() => removeTemp(root));

const PAGES = ['index.html', `${GFM_EDITION_PATH}index.html`, '2024/03/11/earlier/index.html'];

/** Every id of the page, and the in-page links whose target is missing. */
function idsAndDanglingLinks(doc: Doc) {
  const ids = doc.all('[id]').map((element) => attribute(element, 'id')!);
  const dangling = doc
    .all('a[href^="#"]')
    .map((a) => attribute(a, 'href')!)
    .filter((href) => !ids.includes(decodeURIComponent(href.slice(1))));
  return { ids, dangling };
}

describe('a GFM site', () => {
  it.each(PAGES)('should give %s no html-validate problems', async (path) => {
    expect(await validateHtml(await site.read(path), path)).toEqual([]);
  });

  it('should show the edition\'s and the offer\'s footnotes on the home page with unique ids and working links both ways', async () => {
    const doc = parseHtml(await site.read('index.html'));
    expect(doc.all('.footnotes')).toHaveLength(2);
    expect(doc.all('.edition__body .footnotes li')).toHaveLength(2);
    expect(doc.all('.offer__pitch .footnotes li')).toHaveLength(2);
    const { ids, dangling } = idsAndDanglingLinks(doc);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(dangling).toEqual([]);
    // References to notes and back: 3 + 2 in the edition (one note referenced twice), 2 + 2 in the offer.
    expect(doc.all('a[data-footnote-ref]')).toHaveLength(5);
    expect(doc.all('a[data-footnote-backref]')).toHaveLength(5);
    for (const ref of doc.all('a[data-footnote-ref]')) {
      const note = doc.one(`li[id="${attribute(ref, 'href')!.slice(1)}"]`);
      const backs = doc.all(`li[id="${attribute(note, 'id')}"] a[data-footnote-backref]`).map((a) => attribute(a, 'href'));
      expect(backs).toContain(`#${attribute(ref, 'id')}`);
    }
  });

  it('should prefix the edition\'s ids with its date and slug, and the offer\'s with "offer-"', async () => {
    const doc = parseHtml(await site.read('index.html'));
    expect(doc.all('.edition__body [id]').every((e) => attribute(e, 'id')!.startsWith('e-2024-03-12-turnout-'))).toBe(true);
    expect(doc.all('.offer__pitch [id]').every((e) => attribute(e, 'id')!.startsWith('offer-'))).toBe(true);
  });

  it('should put the table in a named, focusable scroll area with scoped headers and alignment classes', async () => {
    const doc = parseHtml(await site.read(`${GFM_EDITION_PATH}index.html`));
    const area = doc.one('.edition__body section.table-scroll');
    expect([attribute(area, 'tabindex'), attribute(area, 'aria-label')]).toEqual(['0', 'Table 1: Region, Registered voters, Turnout']);
    expect(doc.all('.table-scroll th').map((th) => attribute(th, 'scope'))).toEqual(Array(6).fill('col'));
    expect(doc.all('.table-scroll thead th').map((th) => attribute(th, 'class') ?? '')).toEqual(['align-start', 'align-end', 'align-center', 'align-end', '', '']);
  });
});
