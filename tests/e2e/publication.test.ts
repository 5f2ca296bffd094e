/** Issue 3: a multi-year publication: archive, neighbours, tags, feeds, sitemaps, metadata, drafts and schedule. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, parseHtml, textOf } from '../helpers/html.js';
import { brokenLinks } from '../helpers/link-check.js';
import { fixtureEditions, publicationFiles, publishedNewestFirst } from '../helpers/publication.js';
import { buildProject, makeProject, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';
import { validateHtml } from '../helpers/validate-html.js';

const URL_ROOT = 'https://news.example.org/';
const published = publishedNewestFirst();
const hidden = fixtureEditions().filter((e) => e.status !== 'published');
let project: string;
let site: BuiltSite;

const page = async (path: string) => parseHtml(await site.read(path));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

beforeAll(async () => {
  project = await makeProject(publicationFiles());
  site = await buildProject(project);
});
afterAll(() => removeTemp(project));

/** Follow "Older" links from `path`; every list page visited and every edition link seen, in order. */
async function walkList(path: string): Promise<{ pages: string[]; links: string[]; headlines: string[] }> {
  const walked = { pages: [] as string[], links: [] as string[], headlines: [] as string[] };
  for (let at: string | null = path; at; ) {
    walked.pages.push(at);
    const doc = await page(at);
    for (const link of doc.all('.edition-list a')) {
      walked.links.push(new URL(attribute(link, 'href')!, `${URL_ROOT}${at}`).href);
      walked.headlines.push(textOf(link));
    }
    const next = doc.maybe('a[rel=next]');
    at = next ? relative('', new URL(attribute(next, 'href')!, `${URL_ROOT}${at}`).pathname.slice(1) + 'index.html') : null;
  }
  return walked;
}

/** Editions on the newest page of a list of `count` with pages of `size` counted from the oldest. */
const onNewestPage = (count: number, size: number) => count - Math.floor((count - 1) / size) * size;

describe('archive', () => {
  it('should list exactly the published editions once each, newest first, on pages counted from the oldest', async () => {
    const walked = await walkList('archive/index.html');
    expect(walked.links).toEqual(published.map((e) => `${URL_ROOT}${e.url}`));
    const numbered = Math.ceil(published.length / 5) - 1;
    expect(walked.pages).toEqual(['archive/index.html', ...Array.from({ length: numbered }, (_, i) => `archive/page/${numbered - i}/index.html`)]);
    // Page 1 holds the five oldest editions: it will hold them forever.
    const first = await page('archive/page/1/index.html');
    expect(first.all('.edition-list a').map(textOf)).toEqual(published.slice(-5).map((e) => e.headline));
  });

  it('should use headlines as link text and group by year and month', async () => {
    const doc = await page('archive/index.html');
    const newest = published.slice(0, onNewestPage(published.length, 5));
    expect(doc.all('.edition-list a').map(textOf)).toEqual(newest.map((e) => e.headline));
    const monthName = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const [years, months] = [new Set<string>(), new Set<string>()];
    for (const e of newest) {
      const [year, month] = e.url.split('/').map(Number) as [number, number];
      years.add(String(year));
      months.add(monthName.format(Date.UTC(year, month - 1, 1)));
    }
    expect(doc.all('h2').map(textOf)).toEqual([...years]);
    expect(doc.all('h3').map(textOf)).toEqual([...months]);
  });

  it('should show the latest edition in full on the home page and link to recent ones', async () => {
    const doc = await page('index.html');
    expect(doc.text('h1')).toBe(published[0]!.headline);
    expect(doc.all('.recent .edition-list a').map(textOf)).toEqual(published.slice(1, 11).map((e) => e.headline));
  });
});

describe('edition neighbours', () => {
  it('should chain previous links from the newest edition to the oldest, and next links back', async () => {
    const chain = [published[0]!.url];
    for (;;) {
      const doc = await page(`${chain.at(-1)}index.html`);
      const prev = doc.maybe('a[rel=prev]');
      if (!prev) break;
      chain.push(new URL(attribute(prev, 'href')!, `${URL_ROOT}${chain.at(-1)}`).pathname.slice(1));
    }
    expect(chain).toEqual(published.map((e) => e.url));
    const oldest = await page(`${published.at(-1)!.url}index.html`);
    const next = new URL(attribute(oldest.one('a[rel=next]'), 'href')!, `${URL_ROOT}${published.at(-1)!.url}`);
    expect(next.pathname.slice(1)).toBe(published.at(-2)!.url);
    expect((await page(`${published[0]!.url}index.html`)).maybe('a[rel=next]')).toBeUndefined();
  });
});

describe('tags', () => {
  it('should list each tag’s editions on its own page, with non-ASCII tags slugified', async () => {
    const tagged = published.filter((e) => e.tags.includes('Élections'));
    const doc = await page('tags/elections/index.html');
    expect(doc.text('h1')).toBe('Élections');
    expect(doc.text('.archive__count')).toBe(`${tagged.length} editions`);
    expect((await walkList('tags/elections/index.html')).headlines).toEqual(tagged.map((e) => e.headline));
    const index = await page('tags/index.html');
    expect(index.all('.tag-list a').map(textOf)).toEqual(['Climate', 'Élections', 'Energy', 'Russia', 'Ukraine']);
  });
});

describe('drafts and scheduled editions', () => {
  it('should appear in no output at all', () => {
    const files = readdirSync(site.outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.endsWith('.mp3'));
    for (const file of files) {
      const text = readFileSync(join(file.parentPath, file.name), 'utf8');
      for (const e of hidden) {
        expect(text, `${file.name} mentions ${e.slug}`).not.toContain(e.headline);
        expect(text, `${file.name} links ${e.slug}`).not.toContain(e.url);
      }
    }
    expect(site.editions).toMatchObject({ published: published.length, drafts: 1, scheduled: 2 });
    expect(site.editions.nextScheduled?.date.iso).toBe('2026-12-24T00:00:00+00:00');
  });

  it('should be included with the drafts and future flags, for previews', async () => {
    const preview = await buildProject(site.root, { outDir: 'preview', drafts: true, future: true });
    expect(preview.editions).toMatchObject({ published: published.length + hidden.length, drafts: 0, scheduled: 0 });
    const doc = parseHtml(await preview.read(`${hidden[0]!.url}index.html`));
    expect(doc.text('.edition__flag')).toMatch(/Draft/);
  });
});

describe('feeds', () => {
  const newest = published.slice(0, 10);

  it('should write RSS 2.0 that a feed parser reads, with enclosures and absolute content URLs', async () => {
    const text = await site.read('feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parseRssFeed(text);
    expect(feed.title).toBe('The Fixture Times');
    expect(feed.link).toBe(URL_ROOT);
    expect(feed.description).toBe('A fixture publication.');
    expect(feed.items?.map((item) => item.title)).toEqual(newest.map((e) => e.headline));
    const first = feed.items![0]!;
    expect(first.guid).toMatchObject({ value: `${URL_ROOT}${newest[0]!.url}`, isPermaLink: true });
    expect(first.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    const withAudio = feed.items!.find((item) => item.enclosures?.length);
    expect(withAudio?.enclosures?.[0]).toMatchObject({ url: `${URL_ROOT}media/narration.mp3`, length: 223610, type: 'audio/mpeg' });
    expectAbsoluteLinks(first.content?.encoded ?? '');
  });

  it('should write Atom 1.0 with the required elements and dates with offsets', async () => {
    const text = await site.read('atom.xml');
    const feed = parseAtomFeed(text);
    expect(feed.id).toBe(URL_ROOT);
    expect(feed.title).toMatchObject({ value: 'The Fixture Times' });
    expect(feed.updated).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe(`${URL_ROOT}atom.xml`);
    expect(feed.entries?.map((e) => e.id)).toEqual(newest.map((e) => `${URL_ROOT}${e.url}`));
    for (const entry of feed.entries ?? []) {
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
    const enclosure = feed.entries?.flatMap((e) => e.links ?? []).find((l) => l.rel === 'enclosure');
    expect(enclosure).toMatchObject({ href: `${URL_ROOT}media/narration.mp3`, type: 'audio/mpeg', length: 223610 });
  });

  it('should write JSON Feed 1.1 with attachments read from the audio file', async () => {
    const feed = parseJsonFeed(JSON.parse(await site.read('feed.json')));
    expect(feed.title).toBe('The Fixture Times');
    expect(feed.feed_url).toBe(`${URL_ROOT}feed.json`);
    expect(feed.items.map((item) => item.id)).toEqual(newest.map((e) => `${URL_ROOT}${e.url}`));
    const attachment = feed.items.flatMap((item) => item.attachments ?? [])[0];
    expect(attachment).toEqual({
      url: `${URL_ROOT}media/narration.mp3`,
      mime_type: 'audio/mpeg',
      title: "Listen to Today's Edition",
      size_in_bytes: 223610,
      duration_in_seconds: 112,
    });
    expect(JSON.parse(await site.read('feed.json')).version).toBe('https://jsonfeed.org/version/1.1');
  });

  it('should be linked from every page', async () => {
    for (const path of ['index.html', 'archive/index.html', `${published[3]!.url}index.html`, '404.html']) {
      const types = (await page(path)).all('link[rel=alternate]').map((l) => attribute(l, 'type'));
      expect(types).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
    }
  });
});

describe('sitemaps and robots', () => {
  it('should list exactly the public pages in the sitemaps of sitemap.xml, each with lastmod', async () => {
    const urls = await sitemapUrls(site, URL_ROOT);
    const expected = htmlPages(site.outDir).filter((p) => p !== '404.html').map((p) => `${URL_ROOT}${p.replace(/index\.html$/, '')}`);
    expect(urls.map((u) => u.loc).sort()).toEqual(expected.sort());
    expect(urls.every((u) => /^\d{4}-\d{2}-\d{2}T.*[+-]\d{2}:\d{2}$/.test(u.lastmod))).toBe(true);
  });

  it('should list only the last two days in the news sitemap', async () => {
    const parsed = xml.parse(await site.read('news-sitemap.xml'));
    const urls = [parsed.urlset.url].flat();
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatchObject({
      loc: `${URL_ROOT}${published[0]!.url}`,
      'news:news': {
        'news:publication': { 'news:name': 'The Fixture Times', 'news:language': 'en' },
        'news:publication_date': '2026-11-24T00:00:00+00:00',
        'news:title': published[0]!.headline,
      },
    });
  });

  it('should name both sitemaps in robots.txt', async () => {
    const lines = (await site.read('robots.txt')).split('\n');
    expect(lines).toContain(`Sitemap: ${URL_ROOT}sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${URL_ROOT}news-sitemap.xml`);
  });
});

describe('edition metadata', () => {
  it('should describe an edition with Open Graph, Twitter and one NewsArticle', async () => {
    // An edition with audio and tags from before British Summer Time, so the site zone (Europe/London) is at +00:00.
    const e = published.find((x) => x.date === '2025-03-24')!;
    expect(e).toMatchObject({ audio: true, tags: ['Élections', 'Ukraine'] });
    const doc = await page(`${e.url}index.html`);
    const meta = (property: string) => attribute(doc.one(`meta[property="${property}"], meta[name="${property}"]`), 'content');
    const canonical = `${URL_ROOT}${e.url}`;
    expect(attribute(doc.one('link[rel=canonical]'), 'href')).toBe(canonical);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe(e.headline);
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:site_name')).toBe('The Fixture Times');
    expect(meta('og:description')).toBe(meta('description'));
    // In the feeds, without a picture of its own: its share image (issue 13).
    const shareImage = `${URL_ROOT}share/${e.url.slice(0, -1)}.png`;
    expect(meta('og:image')).toBe(shareImage);
    expect(meta('twitter:image')).toBe(shareImage);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('article:published_time')).toBe(`${e.date}T00:00:00+00:00`);
    const scripts = doc.all('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(textOf(scripts[0]!));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: e.headline,
      datePublished: meta('article:published_time'),
      dateModified: meta('article:published_time'),
      author: { '@type': 'Person', name: 'Fixture Desk' },
      publisher: { '@type': 'Organization', name: 'The Fixture Times' },
      offers: { '@type': 'Offer', price: '32.95', priceCurrency: 'USD' },
    });
    expect(attribute(doc.one('.edition__byline time'), 'datetime')).toBe(ld.datePublished);
  });
});

describe('the whole output', () => {
  it('should have no broken internal links or assets', () => {
    expect(brokenLinks(site.outDir, URL_ROOT)).toEqual([]);
  });

  it('should never print undefined, null or [object Object]', async () => {
    for (const path of htmlPages(site.outDir)) {
      const text = parseHtml(await site.read(path)).text('body');
      expect(text, path).not.toMatch(/\bundefined\b|\[object Object\]|\bnull\b|NaN/);
    }
  });

  it('should pass the HTML validator on every page kind', async () => {
    const paths = ['index.html', 'archive/index.html', 'archive/page/2/index.html', 'tags/index.html', 'tags/energy/index.html', '404.html', `${published[0]!.url}index.html`];
    for (const path of paths) expect(await validateHtml(await site.read(path), path)).toEqual([]);
  });
});

describe('deploying under a subpath', () => {
  const SUB = 'https://fixture.github.io/times/';
  let subRoot: string;
  let sub: BuiltSite;
  beforeAll(async () => {
    subRoot = await makeProject(publicationFiles(SUB));
    sub = await buildProject(subRoot);
  });
  afterAll(() => removeTemp(subRoot));

  it('should resolve every link and asset under the subpath', () => {
    expect(brokenLinks(sub.outDir, SUB)).toEqual([]);
  });

  it('should use the subpath in canonical, feed, sitemap and social URLs', async () => {
    const doc = parseHtml(await sub.read(`${published[2]!.url}index.html`));
    expect(attribute(doc.one('link[rel=canonical]'), 'href')).toBe(`${SUB}${published[2]!.url}`);
    expect(attribute(doc.one('meta[property="og:url"]'), 'content')).toBe(`${SUB}${published[2]!.url}`);
    expect(parseRssFeed(await sub.read('feed.xml')).items?.[0]?.link).toBe(`${SUB}${published[0]!.url}`);
    expect((await sitemapUrls(sub, SUB)).every((u) => u.loc.startsWith(SUB))).toBe(true);
    expect(attribute(parseHtml(await sub.read('404.html')).one('link[rel=stylesheet]'), 'href')).toMatch(/^\/times\/assets\/style\.[0-9a-f]+\.css$/);
  });
});

/** Every URL of every sitemap that sitemap.xml (a sitemap index) names, checking the index on the way. */
async function sitemapUrls(built: BuiltSite, root: string): Promise<{ loc: string; lastmod: string }[]> {
  const index = await built.read('sitemap.xml');
  expect(XMLValidator.validate(index)).toBe(true);
  const sitemaps = [xml.parse(index).sitemapindex.sitemap].flat() as { loc: string; lastmod: string }[];
  expect(sitemaps.map((s) => s.loc)).toEqual([...new Set(sitemaps.map((s) => s.loc))].sort());
  const urls: { loc: string; lastmod: string }[] = [];
  for (const entry of sitemaps) {
    expect(entry.loc.startsWith(`${root}sitemaps/`)).toBe(true);
    const text = await built.read(entry.loc.slice(root.length));
    expect(XMLValidator.validate(text)).toBe(true);
    const listed = [xml.parse(text).urlset.url].flat() as { loc: string; lastmod: string }[];
    // The index's lastmod is the newest of its sitemap's.
    expect(entry.lastmod).toBe(listed.map((u) => u.lastmod).sort().at(-1));
    urls.push(...listed);
  }
  return urls;
}

function htmlPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(outDir, join(e.parentPath, e.name)));
}

function expectAbsoluteLinks(html: string): void {
  const doc = parseHtml(html);
  const refs = [...doc.all('a[href]').map((a) => attribute(a, 'href')!), ...doc.all('img[src]').map((i) => attribute(i, 'src')!)];
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of refs) expect(ref).toMatch(/^https?:\/\//);
}
