/**
 * Regression (found by fuzzing, tests/fuzz/build.test.ts): an editor's ">" in
 * text ("prices > $100") was written raw, and a link with no text
 * ("[](https://…)", "[][ref]", or "[<b></b>](…)" once the sanitizer removed the raw HTML)
 * as an empty <a>; either made the page fail html-validate's
 * recommended rules (no-raw-characters, wcag/h30), which every page is held to.
 * So did an empty heading ("#" alone: empty-heading) and a link with neither
 * text nor address ("[]()"), found later by `npm run fuzz` (seed 2041279495),
 * and a picture with a title but no alt text ('![](media/x.png "title")':
 * wcag/h67), seed 1472078913.
 */
import { describe, expect, it } from 'vitest';
import { buildFiles, edition } from '../helpers/site.js';
import { parseHtml } from '../helpers/html.js';
import { validateHtml } from '../helpers/validate-html.js';
import { PNG_1X1 } from '../fuzz/arbitraries.js';

describe('text with ">" and links without text', () => {
  it('encode ">" in text and give an empty link its address, so the page stays valid', async () => {
    const body = 'Prices > $100 -> up.\n\nSee [](https://example.org/report), [ ](2024/03/11/grain-deal/), [<b></b>](mailto:news@example.org) and [][desk].\n\n[desk]: https://example.org/desk\n\n```\nif (a > b) {}\n```\n';
    const site = await buildFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'More > less', date: '2024-03-12' }, body) });
    const html = await site.read('2024/03/12/x/index.html');
    expect(await validateHtml(html, 'edition')).toEqual([]);
    const doc = parseHtml(html);
    expect(doc.text('.edition__body p')).toBe('Prices > $100 -> up.');
    const links = doc.all('.edition__body a');
    const addresses = ['https://example.org/report', 'https://news.example.org/2024/03/11/grain-deal/', 'mailto:news@example.org', 'https://example.org/desk'];
    expect(links.map((a) => a.properties.href)).toEqual(addresses);
    expect(links.map((a) => (a.children[0] as { value?: string }).value)).toEqual(addresses);
    expect(doc.text('.edition__body pre')).toBe('if (a > b) {}');
  });

  it('leave out empty headings (without renumbering the others) and links with neither text nor address', async () => {
    const body = '#\n\n## Background <b></b>\n\n# <b></b>\n\nSee []() here.\n';
    const site = await buildFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'Empty', date: '2024-03-12' }, body) });
    const html = await site.read('2024/03/12/x/index.html');
    expect(await validateHtml(html, 'edition')).toEqual([]);
    const doc = parseHtml(html);
    expect(doc.all('.edition__body h2, .edition__body h3').map((h) => [h.tagName, doc.text('.edition__body h2')])).toEqual([['h2', 'Background']]);
    expect(doc.all('.edition__body a')).toEqual([]);
    expect(doc.text('.edition__body p')).toBe('See here.');
  });

  it('give a picture with a title but no alt text its title as alt text', async () => {
    const body = '![](media/pic.png "The front line") and ![][map]\n\n[map]: media/pic.png "A map"\n';
    const site = await buildFiles({
      'content/editions/2024-03-12-x.md': edition({ headline: 'Pictures', date: '2024-03-12' }, body),
      'content/media/pic.png': PNG_1X1,
    });
    const html = await site.read('2024/03/12/x/index.html');
    expect(await validateHtml(html, 'edition')).toEqual([]);
    expect(parseHtml(html).all('.edition__body img').map((img) => img.properties.alt)).toEqual(['The front line', 'A map']);
  });
});
