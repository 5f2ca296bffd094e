/** GFM in renderMarkdown beyond the goldens: ids per file, labels, link checks on autolinked addresses, what the sanitizer leaves. */
import { describe, expect, it } from 'vitest';
import type { MarkdownLabels } from '../../../../src/model/index.js';
import { renderMarkdown, type RenderContext } from '../../../../src/stages/render/render-markdown.js';
import { attribute, parseHtml, textOf } from '../../../helpers/html.js';

const context: RenderContext = { siteUrl: 'https://example.org/', mediaFiles: new Set(), idPrefix: 'e-2024-03-12-a-', language: 'en' };
const render = (body: string, more: Partial<RenderContext> = {}) => renderMarkdown({ file: 'content/x.md', body, bodyLine: 1 }, { ...context, ...more });

const NOTES = 'One[^a], two[^b], one again[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n';
const TABLE = '| Name | Votes |\n|:--|--:|\n| A | 1 |\n';

const ids = (html: string) => parseHtml(html).all('[id]').map((element) => attribute(element, 'id')!);
const fragments = (html: string) =>
  parseHtml(html)
    .all('a[href^="#"]')
    .map((a) => attribute(a, 'href')!.slice(1));

describe('footnotes', () => {
  it('should start every id with the file prefix and link both ways to ids that exist', () => {
    const { html, diagnostics } = render(NOTES);
    expect(diagnostics).toEqual([]);
    expect(ids(html).every((id) => id.startsWith(context.idPrefix))).toBe(true);
    expect(fragments(html).length).toBe(6);
    expect(fragments(html).filter((id) => !ids(html).includes(id))).toEqual([]);
    expect(parseHtml(html).all('[aria-describedby]').every((e) => ids(html).includes(attribute(e, 'aria-describedby')!))).toBe(true);
  });

  it('should give two files on one page no id in common', () => {
    const edition = ids(render(NOTES).html);
    const offer = ids(render(NOTES, { idPrefix: 'offer-' }).html);
    expect(edition.filter((id) => offer.includes(id))).toEqual([]);
  });

  it('should make a valid id from a note label in any script or with punctuation', () => {
    const { html } = render('A[^Élan], b[^x.y_z], c[^東京].\n\n[^Élan]: One.\n[^x.y_z]: Two.\n[^東京]: Three.\n');
    expect(ids(html)).toHaveLength(7);
    for (const id of ids(html)) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('should use the labels of the context', () => {
    const labels: MarkdownLabels = { footnotes: 'Notes', backToReference: 'Retour à la référence {n}', table: 'Tableau {n} : {columns}' };
    const doc = parseHtml(render(`${TABLE}\n| | x |\n|--|--|\n| a | b |\n\n${NOTES}`, { labels }).html);
    expect(doc.text('.footnotes h2')).toBe('Notes');
    expect(doc.all('[data-footnote-backref]').map((a) => attribute(a, 'aria-label'))).toEqual([
      'Retour à la référence 1',
      'Retour à la référence 1-2',
      'Retour à la référence 2',
    ]);
    expect(doc.all('.table-scroll').map((s) => attribute(s, 'aria-label'))).toEqual(['Tableau 1 : Name, Votes', 'Tableau 2 : x']);
    // Without column names, "{columns}" goes with its separator, in any script; a label without placeholders is used as it is.
    const names = (table: string) => parseHtml(render('|  |\n|--|\n| a |\n', { labels: { ...labels, table } }).html).attr('.table-scroll', 'aria-label');
    expect(['Tableau {n} : {columns}', 'الجدول {n}، {columns}', '表{n}：{columns}', 'Table, scrolls sideways'].map(names)).toEqual(['Tableau 1', 'الجدول 1', '表1', 'Table, scrolls sideways']);
  });
});

describe('tables', () => {
  it('should put each table in a named, focusable scroll area, with scopes and alignment classes only', () => {
    const { html } = render(TABLE);
    const doc = parseHtml(html);
    const area = doc.one('section.table-scroll');
    expect(Object.keys(area.properties).sort()).toEqual(['ariaLabel', 'className', 'tabIndex']);
    expect(attribute(area, 'tabindex')).toBe('0');
    expect(attribute(area, 'aria-label')).toBe('Table 1: Name, Votes');
    expect(doc.all('th').map((th) => attribute(th, 'scope'))).toEqual(['col', 'col']);
    expect(doc.all('td').map((td) => attribute(td, 'class'))).toEqual(['align-start', 'align-end']);
    expect(html).not.toMatch(/\s(align|style)=/);
  });

  it('should name only the first three header cells, and a table whose header is empty by its number', () => {
    const wide = '| a | b | c | d |\n|---|---|---|---|\n| 1 | 2 | 3 | 4 |\n\n|  |  |\n|--|--|\n| 1 | 2 |\n';
    const doc = parseHtml(render(wide).html);
    expect(doc.all('.table-scroll').map((s) => attribute(s, 'aria-label'))).toEqual(['Table 1: a, b, c', 'Table 2']);
    // An empty header cell names nothing: it is a <td>, since axe fails an empty <th>.
    expect(doc.all('.table-scroll:nth-of-type(2) thead th')).toEqual([]);
    expect(doc.all('.table-scroll:nth-of-type(2) thead td')).toHaveLength(2);
  });

  it('should name a column by its text without footnote numbers, and by a picture\'s alt text', () => {
    const doc = parseHtml(render('| Seats[^1] | ![Turnout](https://example.org/t.png) |\n|---|---|\n| 1 | 2 |\n\n[^1]: Won.\n').html);
    expect(attribute(doc.one('.table-scroll'), 'aria-label')).toBe('Table 1: Seats, Turnout');
  });

  it('should warn about raw HTML in a cell and remove it with its attributes', () => {
    const { html, diagnostics } = render('| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | <span style="x" class="y" id="z">s</span> |\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['raw-html']);
    expect(html).not.toMatch(/onerror|style=|<img|<span|id="z"|class="y"/);
  });
});

describe('autolinked addresses', () => {
  it('should pass the link checks and keep their "--"', () => {
    const { html, diagnostics } = render('See www.example.org/a--b, https://example.org/x--y and desk@example.org -- today.');
    expect(diagnostics).toEqual([]);
    const doc = parseHtml(html);
    expect(doc.all('a').map((a) => attribute(a, 'href'))).toEqual(['http://www.example.org/a--b', 'https://example.org/x--y', 'mailto:desk@example.org']);
    expect(doc.all('a').map(textOf)).toEqual([
      'www.example.org/a--b',
      'https://example.org/x--y',
      'desk@example.org',
    ]);
    expect(doc.text('p')).toContain('desk@example.org — today');
  });

  it('should leave an address GFM links with a scheme Edition refuses as text, without an error', () => {
    // After an unclosed "[^" GFM links the whole "xmpp:…" address (elsewhere only its e-mail part, as mailto:).
    const { html, diagnostics } = render('See [^x xmpp:desk@example.org or www.example.org');
    expect(diagnostics).toEqual([]);
    expect(html).toBe('<p>See [^x xmpp:desk@example.org or <a href="http://www.example.org">www.example.org</a></p>\n');
  });
});

describe('strikethrough', () => {
  it('should strike only between two tildes', () => {
    expect(render('Up ~5% and ~~6%~~ 7%.').html).toBe('<p>Up ~5% and <del>6%</del> 7%.</p>\n');
  });

  it('should leave struck text out of the first paragraph, which summaries are made from', () => {
    expect(render('~~Gone.~~\n\nThe minister resigned ~~on Monday~~ on Tuesday.').firstParagraph.replace(/\s+/g, ' ')).toBe('The minister resigned on Tuesday.');
  });
});
