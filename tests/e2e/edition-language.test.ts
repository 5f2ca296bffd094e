/**
 * Issue 12: an English publication that runs one edition in Arabic. The
 * edition's words carry lang="ar" dir="rtl" wherever they appear (its page,
 * every list, the neighbour links, feeds), the pages' own words stay English,
 * and it and its English translation link each other with hreflang.
 */
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { attribute, parseHtml, textOf, type Doc } from '../helpers/html.js';
import { ARABIC, ARABIC_FILE, ARABIC_HEADLINE, arabicEdition, ENGLISH, mixedLanguageFiles, mixedLanguageProject, NEWER, OLDER } from '../helpers/mixed-language-site.js';
import { buildErrors, buildFiles, buildProject, edition, TEMPLATES, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';
import { checkContent } from '../../src/check/check-content.js';
import { validateHtml } from '../helpers/validate-html.js';

const URL_ROOT = 'https://news.example.org/';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'url', 'xhtml:link', 'item'].includes(name) });

let root: string;
let site: BuiltSite;

beforeAll(async () => {
  root = await mixedLanguageProject();
  site = await buildProject(root);
});

afterAll(() => removeTemp(root));

const page = async (path: string) => parseHtml(await site.read(path));
const langOf = (element: Element) => [attribute(element, 'lang'), attribute(element, 'dir')];
/** The list entry linking the Arabic edition, wherever the page lists it. */
const arabicLink = (doc: Doc) => doc.all('.edition-list a').find((a) => textOf(a) === ARABIC_HEADLINE);

describe('the Arabic edition page', () => {
  it('should keep the page in English and mark the edition text lang="ar" dir="rtl"', async () => {
    const doc = await page(`${ARABIC}index.html`);
    expect(langOf(doc.one('html'))).toEqual(['en', 'ltr']);
    expect(langOf(doc.one('h1.edition__headline'))).toEqual(['ar', 'rtl']);
    expect(textOf(doc.one('h1.edition__headline'))).toBe(ARABIC_HEADLINE);
    expect(langOf(doc.one('.edition__body'))).toEqual(['ar', 'rtl']);
    expect(langOf(doc.one('.listen__title'))).toEqual(['ar', 'rtl']);
    // The page's own words, around the edition's, inherit English from <html>.
    for (const selector of ['article.edition', '.edition__byline', '.edition__tags', '.share', '.listen__download', '.edition-nav']) {
      expect(langOf(doc.one(selector)), selector).toEqual([undefined, undefined]);
    }
  });

  it('should give link previews and search engines the edition language', async () => {
    const doc = await page(`${ARABIC}index.html`);
    expect(attribute(doc.one('meta[property="og:locale"]'), 'content')).toBe('ar_EG');
    expect(doc.all('meta[property="og:locale:alternate"]').map((m) => attribute(m, 'content'))).toEqual(['en_US']);
    const jsonld = JSON.parse(textOf(doc.one('script[type="application/ld+json"]'))) as { inLanguage: string };
    expect(jsonld.inLanguage).toBe('ar');
  });

  it('should be valid HTML, as every page listing it', async () => {
    for (const path of [`${ARABIC}index.html`, `${ENGLISH}index.html`, `${NEWER}index.html`, 'index.html', 'archive/index.html', 'tags/ukraine/index.html', '404.html']) {
      expect(await validateHtml(await site.read(path), path)).toEqual([]);
    }
  });
});

describe('links to the Arabic edition', () => {
  it.each([
    ['the home page', 'index.html'],
    ['the archive', 'archive/index.html'],
    ['the topic page', 'tags/ukraine/index.html'],
    ['the 404 page', '404.html'],
  ])('should carry lang and dir in %s, and no other entry should', async (_name, path) => {
    const doc = await page(path);
    const link = arabicLink(doc);
    expect(link, path).toBeDefined();
    expect(langOf(link!)).toEqual(['ar', 'rtl']);
    const others = doc.all('.edition-list a').filter((a) => a !== link);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(langOf(other)).toEqual([undefined, undefined]);
    // The dates beside the links are the site's words.
    for (const time of doc.all('.edition-list time')) expect(langOf(time)).toEqual([undefined, undefined]);
  });

  it('should mark only the headline in the neighbours\' previous and next links, not their English labels', async () => {
    const newer = await page(`${NEWER}index.html`);
    const previous = newer.one('a[rel=prev]');
    expect(langOf(previous)).toEqual([undefined, undefined]);
    expect(langOf(newer.one('a[rel=prev] .edition-nav__label'))).toEqual([undefined, undefined]);
    const headline = newer.one('a[rel=prev] span[lang]');
    expect([textOf(headline), ...langOf(headline)]).toEqual([ARABIC_HEADLINE, 'ar', 'rtl']);

    const older = await page(`${ENGLISH}index.html`);
    expect(langOf(older.one('a[rel=next] span[lang]'))).toEqual(['ar', 'rtl']);
    // An English neighbour's link has no extra element.
    expect(older.all('a[rel=prev] span')).toHaveLength(1);
  });

  it('should mark the headline and body when the Arabic edition is the latest, in full on the home page', async () => {
    const latest = await buildProject(await mixedLanguageProject({ 'content/editions/2024-03-13-ceasefire-talks.md': null }));
    const doc = parseHtml(await latest.read('index.html'));
    expect(langOf(doc.one('html'))).toEqual(['en', 'ltr']);
    expect(langOf(doc.one('h1.edition__headline'))).toEqual(['ar', 'rtl']);
    expect(langOf(doc.one('.edition__body'))).toEqual(['ar', 'rtl']);
    expect(await validateHtml(await latest.read('index.html'), 'index.html')).toEqual([]);
  });
});

describe('other places its headline or language appears', () => {
  it('should mark the link on its redirect pages, and give the news sitemap its language', async () => {
    const built = await buildProject(await mixedLanguageProject({ [ARABIC_FILE]: arabicEdition({ aliases: '[old/hujum/]' }) }), { now: Date.parse('2024-03-13T12:00:00Z') });
    const redirect = await built.read('old/hujum/index.html');
    expect(await validateHtml(redirect, 'old/hujum/index.html')).toEqual([]);
    const doc = parseHtml(redirect);
    expect(langOf(doc.one('html'))).toEqual(['en', 'ltr']);
    expect(langOf(doc.one('body a'))).toEqual(['ar', 'rtl']);

    const news = xml.parse(await built.read('news-sitemap.xml')) as { urlset: { url: { loc: string; 'news:news': { 'news:publication': { 'news:language': string } } }[] } };
    expect(news.urlset.url.map((url) => [url.loc, url['news:news']['news:publication']['news:language']])).toEqual([
      [`${URL_ROOT}${NEWER}`, 'en'],
      [`${URL_ROOT}${ARABIC}`, 'ar'],
    ]);
  });

  it('should leave the default narration title in the site language: it is the interface\'s words, not the edition\'s', async () => {
    const built = await buildProject(await mixedLanguageProject({ [ARABIC_FILE]: arabicEdition({ audio: 'media/brief.mp3' }) }));
    const title = parseHtml(await built.read(`${ARABIC}index.html`)).one('.listen__title');
    expect([textOf(title), ...langOf(title)]).toEqual(["Listen to Today's Edition", undefined, undefined]);
  });
});

describe('feeds', () => {
  it('should set xml:lang on the Atom entry of the Arabic edition only', async () => {
    const feed = xml.parse(await site.read('atom.xml')) as { feed: { '@xml:lang': string; entry: { id: string; '@xml:lang'?: string }[] } };
    expect(feed.feed['@xml:lang']).toBe('en');
    expect(feed.feed.entry.map((entry) => [entry.id, entry['@xml:lang']])).toEqual([
      [`${URL_ROOT}${NEWER}`, undefined],
      [`${URL_ROOT}${ARABIC}`, 'ar'],
      [`${URL_ROOT}${ENGLISH}`, undefined],
      [`${URL_ROOT}${OLDER}`, undefined],
    ]);
  });

  it('should give the JSON Feed item its language', async () => {
    const feed = JSON.parse(await site.read('feed.json')) as { language: string; items: { id: string; language?: string }[] };
    expect(feed.language).toBe('en');
    expect(feed.items.map((item) => [item.id, item.language])).toEqual([
      [`${URL_ROOT}${NEWER}`, undefined],
      [`${URL_ROOT}${ARABIC}`, 'ar'],
      [`${URL_ROOT}${ENGLISH}`, undefined],
      [`${URL_ROOT}${OLDER}`, undefined],
    ]);
  });

  it('should keep the RSS channel in the site language (RSS 2.0 has no language per item)', async () => {
    const feed = xml.parse(await site.read('feed.xml')) as { rss: { channel: { language: string; item: Record<string, unknown>[] } } };
    expect(feed.rss.channel.language).toBe('en');
    expect(feed.rss.channel.item.every((item) => !('language' in item) && !('@xml:lang' in item))).toBe(true);
  });
});

describe('translations', () => {
  it('should link both ways in the head with hreflang, every version listing every one, itself included', async () => {
    const versions = [
      ['ar', `${URL_ROOT}${ARABIC}`],
      ['en', `${URL_ROOT}${ENGLISH}`],
    ];
    for (const path of [ARABIC, ENGLISH]) {
      const doc = await page(`${path}index.html`);
      expect(doc.all('link[rel=alternate][hreflang]').map((l) => [attribute(l, 'hreflang'), attribute(l, 'href')]), path).toEqual(versions);
      expect(attribute(doc.one('link[rel=canonical]'), 'href')).toBe(`${URL_ROOT}${path}`);
    }
    for (const path of [NEWER, OLDER]) expect((await page(`${path}index.html`)).all('link[hreflang]'), path).toEqual([]);
  });

  it('should show a visible link near the headline, named in the language it leads to', async () => {
    const english = (await page(`${ENGLISH}index.html`)).one('.edition__header .edition__translations a');
    expect([textOf(english), attribute(english, 'href'), attribute(english, 'rel'), attribute(english, 'hreflang'), ...langOf(english)]).toEqual([
      'العربية',
      `../../12/hujum-mudad/`,
      'alternate',
      'ar',
      'ar',
      'rtl',
    ]);
    const arabic = (await page(`${ARABIC}index.html`)).one('.edition__translations a');
    expect([textOf(arabic), attribute(arabic, 'hreflang'), ...langOf(arabic)]).toEqual(['English', 'en', 'en', undefined]);
    // The label is the page's words: outside the edition's lang.
    expect(langOf((await page(`${ARABIC}index.html`)).one('.edition__translations'))).toEqual([undefined, undefined]);
  });

  it('should list the versions in the sitemap with xhtml:link, and only there', async () => {
    const sitemap = xml.parse(await site.read('sitemaps/editions-2024.xml')) as {
      urlset: { '@xmlns:xhtml'?: string; url: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] };
    };
    expect(sitemap.urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const links = Object.fromEntries(sitemap.urlset.url.map((url) => [url.loc, url['xhtml:link']?.map((l) => `${l['@hreflang']} ${l['@href']}`)]));
    const versions = [`ar ${URL_ROOT}${ARABIC}`, `en ${URL_ROOT}${ENGLISH}`];
    expect(links).toEqual({
      [`${URL_ROOT}${OLDER}`]: undefined,
      [`${URL_ROOT}${ENGLISH}`]: versions,
      [`${URL_ROOT}${ARABIC}`]: versions,
      [`${URL_ROOT}${NEWER}`]: undefined,
    });
  });

  it('should join every version of a story, whichever names which, and leave out unpublished ones', async () => {
    const built = await buildProject(
      await mixedLanguageProject({
        'content/editions/2024-03-12-contraataque.md': edition({ headline: 'Contraataque', date: '2024-03-12', language: 'es', translations: `[/${ARABIC.slice(0, -1)}]` }),
        'content/editions/2024-03-12-gegenangriff.md': edition({ headline: 'Gegenangriff', date: '2024-03-12', language: 'de', translations: `[${ENGLISH}]`, draft: 'true' }),
      }),
    );
    const names = async (path: string) => parseHtml(await built.read(`${path}index.html`)).all('.edition__translations a').map(textOf);
    expect(await names(ENGLISH)).toEqual(['العربية', 'Español']);
    expect(await names(ARABIC)).toEqual(['English', 'Español']);
    expect(await names('2024/03/12/contraataque/')).toEqual(['العربية', 'English']);
  });
  it('should find a version in another script by its permalink as copied from the address bar or typed on a Mac', async () => {
    const russian = '2024/03/14/йод/';
    const built = await buildProject(
      await mixedLanguageProject({
        'content/editions/2024-03-14-йод.md': edition({ headline: 'Йод', date: '2024-03-14', language: 'ru' }),
        'content/editions/2024-03-14-iodine.md': edition({ headline: 'Iodine', date: '2024-03-14', translations: `[${encodeURI(russian)}]` }),
        'content/editions/2024-03-14-jod.md': edition({ headline: 'Jod', date: '2024-03-14', language: 'de', translations: `[${russian.normalize('NFD')}]` }),
      }),
    );
    const names = async (path: string) => parseHtml(await built.read(`${path}index.html`)).all('.edition__translations a').map(textOf);
    expect(await names(russian)).toEqual(['Deutsch', 'English']);
  });
});

describe('an edition in the site language', () => {
  it('should get no extra attributes when it names the site language, nor when it names none', async () => {
    const built = await buildFiles({
      'content/editions/2024-03-11-plain.md': edition({ headline: 'Plain', date: '2024-03-11' }),
      'content/editions/2024-03-12-named.md': edition({ headline: 'Named', date: '2024-03-12', language: 'EN' }),
    });
    for (const path of ['index.html', 'archive/index.html', '2024/03/11/plain/index.html', '2024/03/12/named/index.html']) {
      const doc = parseHtml(await built.read(path));
      expect(doc.all('body [lang], body [dir]'), path).toEqual([]);
    }
    expect(await built.read('atom.xml')).not.toMatch(/<entry xml:lang/);
  });
});

describe('mistakes in language and translations', () => {
  const errorsWith = async (fields: Record<string, string>) =>
    (await buildErrors(await mixedLanguageFiles({ [ARABIC_FILE]: arabicEdition(fields) }))).map(({ code, file, line, field, message, hint }) => ({ code, file, line, field, message, hint }));

  it('should refuse an invalid language tag at its line', async () => {
    expect(await errorsWith({ language: 'Arabic' })).toEqual([
      {
        code: 'invalid-field',
        file: ARABIC_FILE,
        line: 4,
        field: 'language',
        message: '"language" must be a BCP 47 language tag such as "ar", "es" or "en-GB", found "Arabic".',
        hint: 'Write the language of this edition\'s text as its code, e.g. "ar" for Arabic; leave the field out when it is the site\'s language.',
      },
    ]);
  });

  it('should refuse a translation that is no edition, guessing the permalink meant', async () => {
    expect(await errorsWith({ translations: '[2024/03/11/punching-bak/]' })).toEqual([
      {
        code: 'invalid-field',
        file: ARABIC_FILE,
        line: 7,
        field: 'translations[0]',
        message: '"translations[0]" must be the permalink of an edition of this site, found "2024/03/11/punching-bak/", which no edition has.',
        hint: `Did you mean "${ENGLISH}"? Name a translation by its permalink: the date of its address as YYYY/MM/DD/, then its slug.`,
      },
    ]);
    const [byFile] = await errorsWith({ translations: '[2024-03-11-punching-back.md]' });
    expect(byFile?.hint).toMatch(/^Did you mean "2024\/03\/11\/punching-back\/"\?/);
  });

  it('should refuse a translation in the same language, and the edition itself', async () => {
    expect(await errorsWith({ translations: `[${NEWER}, ${ARABIC}]`, language: 'en' })).toEqual([
      expect.objectContaining({ line: 7, field: 'translations[0]', message: `"translations[0]" must be an edition in another language than this one's, found "${NEWER}", which is in English (en) too.` }),
      expect.objectContaining({ line: 7, field: 'translations[1]', message: `"translations[1]" must name another edition, found "${ARABIC}", this edition's own permalink.` }),
    ]);
  });

  it('should refuse a story with two editions in one language', async () => {
    const diagnostics = await buildErrors(
      await mixedLanguageFiles({
        'content/editions/2024-03-12-hujum-mudad-2.md': edition({ headline: 'هجوم', date: '2024-03-12', language: 'ar', translations: `[${ENGLISH}]` }),
      }),
    );
    expect(diagnostics.map(({ file, field, message }) => ({ file, field, message }))).toEqual([
      {
        file: 'content/editions/2024-03-12-hujum-mudad.md',
        field: 'translations[0]',
        message: `"translations[0]" must be an edition in a language this story has no edition in yet, found "${ENGLISH}"; with it, ${ARABIC} and 2024/03/12/hujum-mudad-2/ would both be the story in Arabic (ar).`,
      },
    ]);
  });

  it('should not call a translation unknown in edition check when its own file was refused', async () => {
    const project = await mixedLanguageProject({ 'content/editions/2024-03-11-punching-back.md': edition({ headline: 'Punching Back', date: 'March 11th' }) });
    const { diagnostics } = await checkContent({ root: project, templatesDir: TEMPLATES });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.field])).toEqual([['content/editions/2024-03-11-punching-back.md', 'date']]);
  });
});
