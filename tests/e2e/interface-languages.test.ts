/**
 * A site in each built-in language says every word of its own interface in
 * that language: every page kind is built, the words that come from content
 * (headlines, bodies, tags, dates, names) are set aside, and every other
 * visible text and accessible name must be a message of that language's
 * catalogue, placeholders filled in. One English leftover fails the test.
 */
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { selectAll } from 'hast-util-select';
import { BUILT_IN } from '../../src/i18n/catalogue.js';
import { textsOf } from '../../src/i18n/message.js';
import { attribute, parseHtml } from '../helpers/html.js';
import { pngHeader } from '../helpers/images.js';
import { buildProject, edition, makeProject, NARRATION, siteFiles, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

/** Where content, not the interface, speaks: the newsroom's words, Intl's dates and numbers. */
const CONTENT = [
  '.edition__body',
  '.edition__headline',
  '.edition__author',
  'time',
  '.masthead',
  '.offer__pitch',
  '.offer__cta',
  '.edition-list a',
  '.edition-nav a',
  'body > main > p > a',
  'a[rel="tag"]',
  '.edition__translations a',
  '.tag-list a',
  '.tag-list__count',
  // A topic page's heading is the tag's name; the other pages' headings are the catalogue's.
  '.archive__kicker + h1',
  '.archive__year h2',
  '.archive__year h3',
  '.pagination__pages a:not([href$="archive/"]):not([href$="/climate/"])',
  '.listen__title',
  'title',
  'script',
  'style',
];
/** Interface words inside content: the labels above the neighbouring editions' headlines. */
const ISLANDS = ['.edition-nav__label'];
/** Names, not words: the feed formats in the footer. */
const NAMES = new Set(['RSS', 'Atom', 'JSON Feed', '…']);
const ATTRIBUTES = ['aria-label', 'title', 'data-copied', 'data-blocked', 'placeholder', 'alt'];

/** A show, so every page links the podcast and the narrated edition its transcript. */
const PODCAST = 'podcast:\n  image: media/cover.png\n  category: News\n  owner:\n    name: The Daily Test\n    email: podcast@news.example.org\n';

const files = (language: string, narration: Buffer) =>
  siteFiles({
    'content/site.yml': `title: The Daily Test\nurl: https://news.example.org/\nlanguage: ${language}\ndescription: A test publication.\ntimezone: UTC\npage_size: 2\nauthor: Ada Reporter\n${PODCAST}`,
    'content/media/narration.mp3': narration,
    'content/media/cover.png': pngHeader(1400, 1400),
    'content/media/narration.vtt': 'WEBVTT\n',
    'content/editions/2024-03-09-zero.md': edition({ headline: 'Zero', date: '2024-03-09', language: language === 'ar' ? 'en' : 'ar', translations: '[2024/03/12/third/]' }),
    'content/editions/2024-03-10-first.md': edition({ headline: 'First', date: '2024-03-10', tags: '[Climate]' }),
    'content/editions/2024-03-11-second.md': edition({ headline: 'Second', date: '2024-03-11', tags: '[Climate]', aliases: '[2024/old-second/]' }),
    'content/editions/2024-03-12-third.md': edition({ headline: 'Third', date: '2024-03-12', tags: '[Climate, Energy]', audio: 'media/narration.mp3', transcript: 'media/narration.vtt' }),
    'content/editions/2024-03-13-draft.md': edition({ headline: 'Draft', date: '2024-03-13', draft: 'true' }),
    'content/editions/2099-01-01-later.md': edition({ headline: 'Later', date: '2099-01-01' }),
  });

/** Every message of a catalogue as a pattern: placeholders match any text. */
function patternsOf(language: string): RegExp[] {
  return Object.values(BUILT_IN[language]!)
    .flatMap(textsOf)
    .map((text) => new RegExp(`^${text.split(/\{[a-z_]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('.+')}$`, 's'));
}

/** The interface's own words on a page: text outside content, and accessible names and script messages. */
function interfaceStrings(root: Root): string[] {
  const found: string[] = [];
  const content = new Set(CONTENT.flatMap((selector) => selectAll(selector, root)));
  const islands = new Set(ISLANDS.flatMap((selector) => selectAll(selector, root)));
  const walk = (node: Root | Element, inContent: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text' && !inContent) found.push(child.value);
      if (child.type !== 'element') continue;
      const within = (inContent || content.has(child)) && !islands.has(child);
      if (!within) for (const name of ATTRIBUTES) if (attribute(child, name)) found.push(attribute(child, name)!);
      walk(child, within);
    }
  };
  walk(root, false);
  return found
    .map((text) => text.replace(/[ \t\n\r]+/g, ' ').trim())
    // What is left between content is punctuation (the byline's "·", the commas between topics) and numbers.
    .filter((text) => !NAMES.has(text) && !/^[\p{P}\p{S}\p{N}\s]*$/u.test(text));
}

const PAGES = ['2024/03/12/third/index.html', '2024/03/13/draft/index.html', '2099/01/01/later/index.html', 'index.html', 'archive/index.html', 'archive/page/1/index.html', 'tags/index.html', 'tags/climate/index.html', 'tags/climate/page/1/index.html', '404.html', '2024/old-second/index.html'];

describe.each(Object.keys(BUILT_IN))('a site in %s', (language) => {
  let site: BuiltSite;
  beforeAll(async () => {
    const root = await makeProject(files(language, await readFile(NARRATION)));
    site = await buildProject(root, { drafts: true, future: true });
  });
  afterAll(() => removeTemp(site?.root));

  it.each(PAGES)('should word %s in its own language only', async (path) => {
    const patterns = patternsOf(language);
    const strings = interfaceStrings(parseHtml(await site.read(path)).root);
    expect(strings.length, 'the page has interface words').toBeGreaterThan(0);
    const foreign = strings.filter((text) => !patterns.some((pattern) => pattern.test(text)));
    expect(foreign).toEqual([]);
  });

  it('should name the podcast and the transcript in the language’s words', async () => {
    const page = parseHtml(await site.read('2024/03/12/third/index.html'));
    const words = BUILT_IN[language]!;
    expect(page.text('.listen__transcript')).toBe(words['audio.transcript']);
    expect(page.text('.site-footer__nav a:last-child')).toBe(words['page.podcast']);
    const title = attribute(page.one('link[rel=alternate][href$="podcast.xml"]'), 'title');
    expect(title).toBe((words['page.podcast_title'] as string).replace('{show}', 'The Daily Test'));
  });

  it('should separate an edition’s topics the language’s way', async () => {
    const tags = parseHtml(await site.read('2024/03/12/third/index.html')).one('.edition__tags');
    const between = tags.children.filter((node, i) => i > 1 && node.type === 'text').map((node) => (node as { value: string }).value);
    expect(between).toEqual([BUILT_IN[language]!['list.separator']]);
  });
});
