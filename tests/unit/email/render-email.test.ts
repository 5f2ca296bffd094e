/**
 * One edition's email, made from a site with everything an edition can hold
 * (narration, pictures from media/ and from elsewhere, a footnote, a table,
 * raw HTML, a link to another edition): what mail clients need of it, checked
 * on the parsed HTML. Outlook for Windows cannot run here, so its needs are
 * checked by structure: the 600 px table only it reads, widths as attributes,
 * no layout CSS it ignores.
 */
import type { Comment, Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailBytes } from '../../../src/email/email-size.js';
import type { Email } from '../../../src/email/render-email.js';
import { emailOf, emailSettings, RICH_CANONICAL, richEmailFiles } from '../../helpers/email.js';
import { attribute, parseHtml, textOf, type Doc } from '../../helpers/html.js';
import { edition, makeProject, SITE_YML, siteFiles } from '../../helpers/site.js';
import { removeTemp } from '../../helpers/temp.js';

const CANONICAL = RICH_CANONICAL;

let root: string;
let email: Email;
let doc: Doc;

beforeAll(async () => {
  root = await makeProject(await richEmailFiles());
  email = await emailOf(root);
  doc = parseHtml(email.html);
});

afterAll(() => removeTemp(root));

/** Every comment in the document, as written. */
function comments(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'comment', (node: Comment) => void found.push(node.value));
  return found;
}

describe('the email of an edition', () => {
  it('should carry the headline as its subject and the summary as its inbox preview, padded', () => {
    expect(email.subject).toBe('Talks Resume');
    expect(email.preheader).toBe('The talks resumed after a week.');
    const preheader = doc.one('.email-preheader');
    expect(attribute(preheader, 'aria-hidden')).toBe('true');
    expect(textOf(preheader).startsWith('The talks resumed after a week.')).toBe(true);
    // The filler: blank characters, so the first words of the body never follow the summary in the preview.
    expect(textOf(preheader).length).toBeGreaterThan('The talks resumed after a week.'.length + 100);
    expect(textOf(preheader).slice(40).trim().replace(/[\u034f\u200c\u00a0\s]/g, '')).toBe('');
  });

  it('should have the masthead, headline, date, a link to the web edition and the body', () => {
    expect(doc.text('.email-masthead__title')).toBe('The Daily Test');
    expect(doc.text('h1')).toBe('Talks Resume');
    expect(attribute(doc.one('h1 a'), 'href')).toBe(CANONICAL);
    expect(doc.text('.email-byline')).toBe('Test Staff · March 12, 2024');
    const browser = doc.one('.email-browser-link a');
    expect([textOf(browser), attribute(browser, 'href')]).toEqual(['View in your browser', CANONICAL]);
    expect(doc.text('.email-body p')).toMatch(/^The talks resumed/);
    expect(attribute(doc.one('.email-body a[href$="/2024/03/11/first/"]'), 'href')).toBe('https://news.example.org/2024/03/11/first/');
  });

  it('should link the narration instead of playing it, and hold no audio, video or script', () => {
    const listen = doc.one('.email-listen__link');
    expect(attribute(listen, 'href')).toBe('https://news.example.org/media/narration.mp3');
    expect(textOf(listen)).toBe("▶︎ Listen to Today's Edition");
    expect(doc.text('.email-listen__note')).toMatch(/^\d+:\d\d, plays in your browser$/);
    expect(doc.all('audio, video, source, script, iframe, object, embed')).toEqual([]);
  });

  it('should end with the offer and its button, the address and the unsubscribe merge tag', () => {
    expect(doc.text('.email-offer__title')).toBe('Subscribe');
    const button = doc.one('.email-button a');
    expect([textOf(button), attribute(button, 'href')]).toEqual(['Subscribe', 'https://shop.example.org/subscribe']);
    expect(doc.text('.email-footer__address')).toBe('The Daily Test, 1 Test Street, Testville TS1 1AA');
    const unsubscribe = doc.all('.email-footer a').find((link) => textOf(link) === 'Unsubscribe')!;
    expect(attribute(unsubscribe, 'href')).toBe('*|UNSUB|*');
    expect(doc.text('.email-footer p')).toBe('You are receiving this email because you subscribed to The Daily Test.');
  });

  it('should make every link and picture absolute, but for the merge tag', () => {
    const urls = doc.all('[href], [src]').flatMap((element) => [attribute(element, 'href'), attribute(element, 'src')]).filter((url) => url !== undefined);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !/^(https:\/\/|mailto:)/.test(url))).toEqual(['*|UNSUB|*']);
  });

  it('should link a footnote to the web page, and drop the way back up that only works there', () => {
    const ref = doc.one('a[data-footnote-ref]');
    expect(attribute(ref, 'href')).toMatch(new RegExp(`^${CANONICAL}#.+-fn-1$`));
    expect(doc.all('a[data-footnote-backref]')).toEqual([]);
    expect(doc.text('.footnotes li')).toBe('According to the mission’s statement.');
  });

  it('should give every picture its alt text, width and height, scaled to the column', () => {
    const images = doc.all('img');
    expect(images).toHaveLength(1);
    const [map] = images as [Element];
    expect([attribute(map, 'alt'), attribute(map, 'width'), attribute(map, 'height')]).toEqual(['A map of the front', '560', '373']);
  });

  it('should turn a picture a build cannot size into a link to it, or into words inside a link', () => {
    const chart = doc.one('a[href="https://charts.example.net/chart.png"]');
    expect(textOf(chart)).toBe('Image: A chart from elsewhere');
    expect(doc.text('a[href="https://charts.example.net/"]')).toBe('Image: A linked chart');
  });

  it('should keep the table, its cells aligned by attribute, in a region Outlook knows as a <div>', () => {
    expect(doc.all('section, time')).toEqual([]);
    expect(doc.attr('.table-scroll', 'role')).toBe('region');
    expect(doc.attr('.table-scroll', 'aria-label')).toBe('Table 1: Region, Seats');
    const cells = doc.all('.email-body tbody td');
    expect(cells.map((cell) => [textOf(cell), attribute(cell, 'align')])).toEqual([
      ['North', 'left'],
      ['12', 'right'],
    ]);
  });

  it('should declare both colour schemes and keep its dark-mode and phone rules in a <style> block', () => {
    expect(doc.attr('meta[name="color-scheme"]', 'content')).toBe('light dark');
    const styles = doc.all('style').map(textOf).join('\n');
    expect(styles).toContain('@media (prefers-color-scheme: dark)');
    expect(styles).toContain('@media (max-width: 620px)');
    // Everything else is written into the elements.
    expect(attribute(doc.one('.email-body p'), 'style')).toContain('margin: 0 0 20px');
  });

  it("should stay under Gmail's limits: 102 KB of HTML, 16 KB of <style>", () => {
    const bytes = emailBytes(email.html);
    expect(bytes.html).toBeLessThan(102_000);
    expect(bytes.style).toBeLessThan(16_000);
  });
});

describe('the email in Outlook for Windows (checked by structure)', () => {
  it('should lay the column out in a 600 px table that only Outlook reads', () => {
    const mso = comments(doc.root).filter((text) => text.startsWith('[if mso]'));
    const opening = mso.find((text) => text.includes('<table'));
    expect(opening).toBeDefined();
    const table = parseHtml(`<table>${opening!.replace(/^\[if mso\]>|<!\[endif\]$/g, '')}</table>`);
    expect(table.attr('table[role="presentation"]', 'width')).toBe('600');
    // The column's 20 px sides, which Outlook does not draw as a <div>'s padding: 560 + 2 × 20.
    expect([table.attr('td', 'width'), table.attr('td', 'style')]).toEqual(['560', 'padding: 0 20px;']);
    expect(mso.some((text) => /<\/td><\/tr><\/table>/.test(text))).toBe(true);
    expect(attribute(doc.one('.email-frame__cell'), 'align')).toBe('center');
  });

  it('should size layout tables by attribute, not only CSS', () => {
    for (const table of doc.all('.email-frame, .email-listen, .email-offer')) {
      expect([attribute(table, 'width'), attribute(table, 'cellpadding'), attribute(table, 'cellspacing'), attribute(table, 'border')]).toEqual(['100%', '0', '0', '0']);
    }
    // Outlook draws a link's background and padding as nothing: the button's colour is its cell's.
    expect(doc.attr('.email-button__cell', 'bgcolor')).toBe('#9b1c2c');
  });

  it('should use no layout CSS that Outlook for Windows drops', () => {
    const css = [...doc.all('[style]').map((element) => attribute(element, 'style')!), ...doc.all('style').map(textOf)].join(';');
    expect(css).not.toMatch(/display:\s*(flex|grid|inline-flex)|position:|float:|var\(--/);
  });
});

describe('merge tags and addresses in the settings', () => {
  const project = (settings: string) =>
    makeProject(siteFiles({ 'content/site.yml': `${SITE_YML}${settings}`, 'content/editions/2024-03-12-a.md': edition({ headline: 'A', date: '2024-03-12' }) }));
  const unsubscribeLink = (email: Email) => parseHtml(email.html).all('.email-footer a').find((link) => textOf(link) === 'Unsubscribe')!;

  it("should keep Buttondown's {{ unsubscribe_url }} exactly as Buttondown looks for it", async () => {
    const email = await emailOf(await project(emailSettings('', 'buttondown')));
    expect(attribute(unsubscribeLink(email), 'href')).toBe('{{ unsubscribe_url }}');
    expect(email.html).toContain('href="{{ unsubscribe_url }}"');
  });

  it('should write an address of its own with its & escaped, and read back the same', async () => {
    const email = await emailOf(await project(emailSettings('  unsubscribe_url: https://lists.example.org/out?list=7&id=9\n')));
    expect(attribute(unsubscribeLink(email), 'href')).toBe('https://lists.example.org/out?list=7&id=9');
    expect(email.html).toContain('href="https://lists.example.org/out?list=7&amp;id=9"');
  });
});

describe('the email of a right-to-left site', () => {
  it('should run right to left, in the words of its language', async () => {
    const root = await makeProject(
      siteFiles({
        'content/site.yml': `${SITE_YML.replace('language: en', 'language: ar')}${emailSettings()}`,
        'content/offer.md': null,
        'content/editions/2024-03-12-a.md': edition({ headline: 'عنوان', date: '2024-03-12' }),
      }),
    );
    const doc = parseHtml((await emailOf(root)).html);
    expect([doc.attr('html', 'dir'), doc.attr('.email-article', 'dir'), doc.attr('.email-article', 'lang')]).toEqual(['rtl', 'rtl', 'ar']);
    expect(doc.text('.email-browser-link')).toBe('اعرض الرسالة في المتصفح');
    expect(doc.all('.email-footer a').map(textOf)).toEqual(['إلغاء الاشتراك', 'اعرض الرسالة في المتصفح']);
  });
});
