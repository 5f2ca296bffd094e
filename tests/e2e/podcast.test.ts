/**
 * Issue 13: podcast.xml. A site with a show and editions with and without
 * narration is built, and its feed read twice: by feedsmith (which reads the
 * iTunes and Podcasting 2.0 namespaces as podcast apps do) and as plain XML,
 * element by element, for every rule Apple Podcasts, Spotify and the
 * Podcasting 2.0 namespace set.
 */
import { readFileSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podcastGuid } from '../../src/pages/podcast.js';
import { flacFile } from '../helpers/audio.js';
import { attribute, parseHtml, textOf } from '../helpers/html.js';
import { gifHeader, jpegHeader, pngHeader } from '../helpers/images.js';
import { buildErrors, buildProject, edition, makeProject, NARRATION, siteFiles, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';
import { validateHtml } from '../helpers/validate-html.js';

const URL_ROOT = 'https://news.example.org/brief/';
const FEED = `${URL_ROOT}podcast.xml`;
const SHOW = `podcast:
  image: media/cover.png
  category: News
  subcategory: Daily News
  owner:
    name: The Daily Test
    email: podcast@news.example.org
`;
const settings = (url = URL_ROOT, show = SHOW) =>
  `title: The Daily Test\nurl: ${url}\nlanguage: en\ndescription: A test publication.\ntimezone: UTC\nauthor: Ada Reporter\nfeed_items: 2\n${show}`;

/** Three episodes (more than feed_items), an edition without narration, and a draft and a scheduled one with it. */
export function podcastFiles(site = settings()): Record<string, string | Buffer> {
  return siteFiles({
    'content/site.yml': site,
    'content/media/cover.png': pngHeader(3000, 3000),
    'content/media/first.mp3': readFileSync(NARRATION),
    'content/media/third.flac': flacFile(90),
    'content/media/third.vtt': 'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nGood morning.\n',
    'content/media/fourth.srt': '1\n00:00:00,000 --> 00:00:02,000\nصباح الخير\n',
    'content/editions/2024-03-10-first.md': edition({ headline: 'First', date: '2024-03-10T06:00:00Z', audio: 'media/first.mp3', tags: '[Climate]' }),
    'content/editions/2024-03-11-second.md': edition({ headline: 'Second', date: '2024-03-11' }),
    'content/editions/2024-03-12-third.md': edition({
      headline: '"Third & <Last>"',
      summary: 'Floods & fires.',
      date: '2024-03-12T07:00:00-04:00',
      audio: 'media/third.flac',
      transcript: 'media/third.vtt',
    }),
    'content/editions/2024-03-13-fourth.md': edition({ headline: 'الرابع', date: '2024-03-13', language: 'ar', audio: 'media/first.mp3', transcript: 'media/fourth.srt' }),
    'content/editions/2024-03-14-draft.md': edition({ headline: 'Draft', date: '2024-03-14', draft: 'true', audio: 'media/first.mp3' }),
    'content/editions/2099-01-01-later.md': edition({ headline: 'Later', date: '2099-01-01', audio: 'media/first.mp3' }),
  });
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'item' });
type Node = Record<string, unknown> & { '#text'?: string };

let root: string;
let site: BuiltSite;
let text: string;
let channel: Node;
let items: Node[];

beforeAll(async () => {
  root = await makeProject(podcastFiles());
  site = await buildProject(root);
  text = await site.read('podcast.xml');
  channel = (xml.parse(text) as { rss: { channel: Node } }).rss.channel;
  items = channel.item as Node[];
});
afterAll(() => removeTemp(root));

const valueOf = (node: unknown) => (typeof node === 'object' && node ? (node as Node)['#text'] : node) as string | undefined;

describe('podcast.xml, read as a podcast app reads it', () => {
  it('should describe the show with the tags Apple Podcasts and Spotify require', () => {
    const feed = parseRssFeed(text);
    expect(feed).toMatchObject({ title: 'The Daily Test', description: 'A test publication.', language: 'en', link: URL_ROOT });
    expect(feed.itunes).toEqual({
      image: `${URL_ROOT}media/cover.png`,
      categories: [{ text: 'News', categories: [{ text: 'Daily News' }] }],
      explicit: false,
      author: 'Ada Reporter',
      owner: { name: 'The Daily Test', email: 'podcast@news.example.org' },
      type: 'episodic',
    });
    expect(feed.atom?.links).toEqual([{ href: FEED, rel: 'self', type: 'application/rss+xml' }]);
  });

  it('should carry the Podcasting 2.0 guid, made from the feed URL as the namespace specifies, and the lock', () => {
    const feed = parseRssFeed(text);
    // The UUIDv5 of "news.example.org/brief/podcast.xml" (no scheme, no trailing slash) in the namespace
    // ead4c236-bf58-58c6-a2c6-a6b28d128cb6, as Python's uuid.uuid5() makes it too.
    expect(feed.podcast?.guid).toBe('b4ba8b4c-a231-5846-824e-7dd67f956767');
    expect(podcastGuid(FEED)).toBe('b4ba8b4c-a231-5846-824e-7dd67f956767');
    expect(podcastGuid(`${FEED}/`)).toBe('b4ba8b4c-a231-5846-824e-7dd67f956767');
    expect(feed.podcast?.locked).toEqual({ value: true, owner: 'podcast@news.example.org' });
  });

  it('should list every published edition with narration, past the feeds\' window, newest first, and nothing else', () => {
    const feed = parseRssFeed(text);
    expect(feed.items?.map((item) => item.title)).toEqual(['الرابع', 'Third & <Last>', 'First']);
    expect(feed.items?.map((item) => item.link)).toEqual([`${URL_ROOT}2024/03/13/fourth/`, `${URL_ROOT}2024/03/12/third/`, `${URL_ROOT}2024/03/10/first/`]);
  });

  it('should give each episode its enclosure, duration, date and summary, read from the file and the front matter', async () => {
    const feed = parseRssFeed(text);
    const [fourth, third, first] = feed.items!;
    expect(third!.description).toBe('Floods & fires.');
    expect(third!.enclosures).toEqual([{ url: `${URL_ROOT}media/third.flac`, length: flacFile(90).length, type: 'audio/flac' }]);
    expect(first!.enclosures).toEqual([{ url: `${URL_ROOT}media/first.mp3`, length: (await stat(NARRATION)).size, type: 'audio/mpeg' }]);
    expect([fourth, third, first].map((item) => item!.itunes?.duration)).toEqual([112, 90, 112]);
    expect(third!.pubDate).toBe('Tue, 12 Mar 2024 11:00:00 GMT');
    expect(first!.pubDate).toBe('Sun, 10 Mar 2024 06:00:00 GMT');
  });

  it('should link each transcript with its type, and its language when it is not the show\'s', () => {
    const feed = parseRssFeed(text);
    const [fourth, third, first] = feed.items!;
    expect(fourth!.podcast?.transcripts).toEqual([{ url: `${URL_ROOT}media/fourth.srt`, type: 'application/x-subrip', language: 'ar' }]);
    expect(third!.podcast?.transcripts).toEqual([{ url: `${URL_ROOT}media/third.vtt`, type: 'text/vtt' }]);
    expect(first!.podcast?.transcripts).toBeUndefined();
  });
});

describe('podcast.xml, element by element', () => {
  it('should be well-formed RSS 2.0 that declares the iTunes, Podcasting 2.0, content and Atom namespaces', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    const rss = (xml.parse(text) as { rss: Node }).rss;
    expect(rss['@version']).toBe('2.0');
    expect(rss['@xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    expect(rss['@xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0');
    expect(rss['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    expect(rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
  });

  it('should have every channel tag the issue lists, each once', () => {
    for (const tag of ['title', 'description', 'language', 'itunes:image', 'itunes:category', 'itunes:explicit', 'itunes:owner', 'itunes:author', 'podcast:guid', 'podcast:locked']) {
      expect(channel[tag], tag).toBeDefined();
      expect(Array.isArray(channel[tag]), tag).toBe(false);
    }
    expect(channel['itunes:explicit']).toBe('false');
    expect(valueOf(channel['podcast:locked'])).toBe('yes');
  });

  it('should give each item an enclosure whose URL ends in the file\'s extension, its length in bytes and its type', async () => {
    const files = ['media/first.mp3', 'media/third.flac', 'media/first.mp3'].reverse();
    for (const [index, item] of items.entries()) {
      const enclosure = item.enclosure as Node;
      const file = files[index]!;
      expect(enclosure['@url']).toBe(`${URL_ROOT}${file}`);
      expect((enclosure['@url'] as string).endsWith(file.slice(file.lastIndexOf('.')))).toBe(true);
      expect(Number(enclosure['@length'])).toBe((await stat(join(root, 'content', file))).size);
      expect(enclosure['@type']).toMatch(/^audio\//);
    }
  });

  it('should give the duration in whole seconds and the date in RFC 822', () => {
    for (const item of items) {
      expect(item['itunes:duration']).toMatch(/^[1-9]\d*$/);
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
  });

  it('should give each episode a guid that is no permalink, a UUID of its own', () => {
    const guids = items.map((item) => item.guid as Node);
    expect(guids.every((guid) => guid['@isPermaLink'] === 'false')).toBe(true);
    const values = guids.map(valueOf);
    expect(values.every((value) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value!))).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });

  it('should carry the full text of the newest feed_items episodes only, the back catalogue its summary', () => {
    expect(items.map((item) => item['content:encoded'] !== undefined)).toEqual([true, true, false]);
    expect(items.map((item) => item.description)).toEqual(['A first paragraph.', 'Floods & fires.', 'A first paragraph.']);
  });
});

describe('episode guids never change', () => {
  const guidsOf = (feed: string) => ({
    show: parseRssFeed(feed).podcast?.guid,
    episodes: parseRssFeed(feed).items?.map((item) => item.guid?.value),
  });

  it('should be the same in another build of the same content, byte for byte', async () => {
    const again = await buildProject(await makeProject(podcastFiles()), { cacheDir: false });
    expect(await again.read('podcast.xml')).toBe(text);
  });

  it('should stay when the site moves to another address and keeps its podcast:guid in the settings', async () => {
    const before = guidsOf(text);
    const pinned = SHOW.replace('podcast:\n', `podcast:\n  guid: ${before.show}\n`);
    const moved = await buildProject(await makeProject(podcastFiles(settings('https://brief.example.com/', pinned))));
    const feed = await moved.read('podcast.xml');
    expect(guidsOf(feed)).toEqual(before);
    expect(parseRssFeed(feed).items?.[0]?.link).toBe('https://brief.example.com/2024/03/13/fourth/');
    // Without the setting, a new address is a new show, as the namespace makes the guid from the feed's address.
    const unpinned = await buildProject(await makeProject(podcastFiles(settings('https://brief.example.com/'))));
    expect(guidsOf(await unpinned.read('podcast.xml')).show).toBe(podcastGuid('https://brief.example.com/podcast.xml'));
  });
});

describe('the podcast on the site', () => {
  const pages = ['index.html', 'archive/index.html', 'tags/index.html', 'tags/climate/index.html', '2024/03/11/second/index.html', '404.html'];

  it('should be linked as an alternate from the head of every page kind, and from the footer', async () => {
    for (const path of pages) {
      const page = parseHtml(await site.read(path));
      const links = page.all('link[rel=alternate][type="application/rss+xml"]').map((link) => [attribute(link, 'title'), attribute(link, 'href')]);
      expect(links, path).toEqual([
        ['The Daily Test (RSS)', `${URL_ROOT}feed.xml`],
        ['The Daily Test (podcast)', FEED],
      ]);
      const footer = page.all('.site-footer__nav a').at(-1)!;
      expect([attribute(footer, 'href'), textOf(footer)]).toEqual([FEED, 'Podcast']);
    }
  });

  it('should link an edition\'s transcript beside its narration', async () => {
    const third = parseHtml(await site.read('2024/03/12/third/index.html'));
    const link = third.one('.listen a.listen__transcript');
    expect(attribute(link, 'href')).toBe('../../../../media/third.vtt');
    expect(attribute(link, 'type')).toBe('text/vtt');
    expect(third.text('.listen__transcript')).toBe('Read the transcript');
    expect(parseHtml(await site.read('2024/03/10/first/index.html')).maybe('.listen__transcript')).toBeUndefined();
    for (const path of ['2024/03/12/third/index.html', 'index.html']) expect(await validateHtml(await site.read(path), path)).toEqual([]);
  });

  it('should be cached like the other feeds by hosts that read _headers', async () => {
    const headers = (await site.read('_headers')).split('\n');
    const at = headers.indexOf('/brief/podcast.xml');
    expect(at).toBeGreaterThan(0);
    expect(headers[at + 1]).toBe('  Cache-Control: public, max-age=900');
  });

  it('should not be written again by a build with nothing changed', async () => {
    const again = await buildProject(root);
    expect(again.output).toMatchObject({ written: 0 });
  });

  it('should be the only file written again when a podcast setting changes: no page shows them', async () => {
    const project = await makeProject(podcastFiles());
    await buildProject(project);
    await writeFile(join(project, 'content/site.yml'), settings(URL_ROOT, `${SHOW}  explicit: true\n`));
    const again = await buildProject(project);
    expect(again.output).toMatchObject({ written: 1, removed: 0 });
    expect(text).toContain('<itunes:explicit>false</itunes:explicit>');
    expect((xml.parse(await again.read('podcast.xml')) as { rss: { channel: Node } }).rss.channel['itunes:explicit']).toBe('true');
  });
});

describe('no podcast', () => {
  it('should write no podcast.xml and link none without the podcast: block', async () => {
    const built = await buildProject(await makeProject(podcastFiles(settings(URL_ROOT, ''))));
    await expect(built.read('podcast.xml')).rejects.toThrow(/ENOENT/);
    const home = parseHtml(await built.read('index.html'));
    expect(home.all('link[rel=alternate]').map((link) => attribute(link, 'href'))).not.toContain(FEED);
    expect(home.all('.site-footer__nav a').map((a) => attribute(a, 'href'))).not.toContain(FEED);
  });

  it('should write none while no published edition has narration', async () => {
    const files = podcastFiles();
    for (const path of Object.keys(files)) if (path.startsWith('content/editions/') && !path.includes('second')) delete files[path];
    files['content/editions/2024-03-14-draft.md'] = edition({ headline: 'Draft', date: '2024-03-14', draft: 'true', audio: 'media/first.mp3' });
    const built = await buildProject(await makeProject(files));
    await expect(built.read('podcast.xml')).rejects.toThrow(/ENOENT/);
    const home = parseHtml(await built.read('index.html'));
    expect(home.all('link[rel=alternate]').map((link) => attribute(link, 'href'))).not.toContain(FEED);
  });
});

describe('mistakes in the show and its episodes', () => {
  /** The build's problems when the site's files are `changes` over the good site's. */
  const problems = async (changes: Record<string, string | Buffer | null>) =>
    (await buildErrors({ ...podcastFiles(), ...changes })).map(({ code, file, line, field, message, hint }) => ({ code, file, line, field, message, hint }));
  const REQUIREMENT = 'Apple Podcasts and Spotify need a square JPEG or PNG of 1400 to 3000 pixels a side.';

  it('errors on artwork too small, naming the size it found, at the image line', async () => {
    expect(await problems({ 'content/media/cover.png': pngHeader(1000, 1000) })).toEqual([
      {
        code: 'invalid-field',
        file: 'content/site.yml',
        line: 9,
        field: 'podcast.image',
        message: `The podcast artwork "media/cover.png" is a PNG image of 1000 × 1000 pixels: too small. ${REQUIREMENT}`,
        hint: '3000 × 3000 pixels is what Apple recommends.',
      },
    ]);
  });

  it('errors on artwork that is not square', async () => {
    const [d] = await problems({ 'content/site.yml': settings().replace('cover.png', 'cover.jpg'), 'content/media/cover.jpg': jpegHeader(3000, 1688) });
    expect(d!.message).toBe(`The podcast artwork "media/cover.jpg" is a JPEG image of 3000 × 1688 pixels: not square. ${REQUIREMENT}`);
    expect(d!.hint).toBe('Crop it to a square. 3000 × 3000 pixels is what Apple recommends.');
  });

  it('errors on artwork of the wrong type, by its name or by what the file holds', async () => {
    const [inside] = await problems({ 'content/media/cover.png': gifHeader(1400, 1400) });
    expect(inside!.message).toBe(`The podcast artwork "media/cover.png" is a GIF image of 1400 × 1400 pixels: not a JPEG or PNG file. ${REQUIREMENT}`);
    const [named] = await problems({ 'content/site.yml': settings().replace('cover.png', 'cover.webp') });
    expect(named).toMatchObject({
      line: 9,
      field: 'podcast.image',
      message: `"podcast.image" must be a path inside media/ to the show's artwork, a JPEG or PNG file, e.g. "media/podcast.jpg", found "media/cover.webp".`,
    });
  });

  it('errors on artwork that is not there', async () => {
    expect(await problems({ 'content/media/cover.png': null })).toEqual([
      {
        code: 'missing-file',
        file: 'content/site.yml',
        line: 9,
        field: 'podcast.image',
        message: 'The podcast artwork "media/cover.png" does not exist in content/media/.',
        hint: 'Check the file name in "podcast.image", or add the file to content/media/.',
      },
    ]);
  });

  it('errors on a transcript that is not there, or of a type the namespace does not name, at its line', async () => {
    expect(await problems({ 'content/media/third.vtt': null })).toEqual([
      {
        code: 'missing-file',
        file: 'content/editions/2024-03-12-third.md',
        line: 6,
        field: 'transcript',
        message: 'The transcript "media/third.vtt" does not exist in content/media/.',
        hint: 'Check the file name in "transcript", or add the file to content/media/.',
      },
    ]);
    const [docx] = await problems({
      'content/editions/2024-03-12-third.md': edition({ headline: 'Third', date: '2024-03-12', audio: 'media/third.flac', transcript: 'media/third.docx' }),
    });
    expect(docx).toMatchObject({
      line: 5,
      field: 'transcript',
      message: '"transcript" must be a path inside media/ to the narration\'s transcript (vtt, srt, txt, html), e.g. "media/2024-03-12.vtt", found "media/third.docx".',
    });
  });

  it('errors on a transcript without narration', async () => {
    expect(await problems({ 'content/editions/2024-03-11-second.md': edition({ headline: 'Second', date: '2024-03-11', transcript: 'media/third.vtt' }) })).toEqual([
      {
        code: 'invalid-field',
        file: 'content/editions/2024-03-11-second.md',
        line: 4,
        field: 'transcript',
        message: '"transcript" is the narration\'s transcript, but this edition has no "audio".',
        hint: 'Add the narration with "audio: media/<file>", or leave "transcript" out.',
      },
    ]);
  });
});
