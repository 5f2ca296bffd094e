/** sitemap.xml (every public page), news-sitemap.xml (Google News: the last two days) and robots.txt naming both. */
import type { FilePlugin, Page, SiteData } from '../model/index.js';
import { el, xmlDocument } from '../util/xml.js';
import { compareCodeUnits } from '../util/compare.js';
import { absolute } from './absolute-url.js';
import { REDIRECT_KIND } from '../stages/plan/check-aliases.js';
import { languageOf } from './text-language.js';
import { languageVersions } from './translations.js';

export const SITEMAP = 'sitemap.xml';
export const NEWS_SITEMAP = 'news-sitemap.xml';

/** Google News only wants articles published in the last two days, at most 1,000 of them. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_LIMIT = 1000;
/** The sitemap protocol's limit of URLs per file. */
const URLS_PER_SITEMAP = 50_000;

interface Section {
  path: string;
  pages: Page[];
}

/**
 * sitemap.xml is an index of smaller sitemaps: one of the list pages, and one
 * per year of editions (split further past 50,000 URLs). A new edition changes
 * its year's file and the index; the years before stay as they were.
 */
function sections(pages: readonly Page[]): Section[] {
  const byName = new Map<string, Page[]>();
  for (const page of pages) {
    // The 404 page and the redirect pages left at aliases are not pages to index.
    if (page.kind === '404' || page.kind === REDIRECT_KIND) continue;
    const name = page.kind === 'edition' ? `editions-${page.url.slice(0, 4)}` : 'pages';
    const list = byName.get(name) ?? [];
    list.push(page);
    byName.set(name, list);
  }
  const result: Section[] = [];
  for (const [name, list] of [...byName].sort(([a], [b]) => compareCodeUnits(a, b))) {
    // Code units, not localeCompare: that made sorting 11,000 URLs a tenth of a warm build.
    list.sort((a, b) => compareCodeUnits(a.url, b.url));
    for (let start = 0, part = 1; start < list.length; start += URLS_PER_SITEMAP, part++) {
      const suffix = part === 1 ? '' : `-${part}`;
      result.push({ path: `sitemaps/${name}${suffix}.xml`, pages: list.slice(start, start + URLS_PER_SITEMAP) });
    }
  }
  return result;
}

const latest = (pages: readonly Page[]) => pages.reduce<string | undefined>((max, page) => (page.lastmod && (!max || page.lastmod > max) ? page.lastmod : max), undefined);

/** The language versions of each edition page with translations, by URL (Google reads hreflang from sitemaps too). */
type Versions = ReadonlyMap<string, ReturnType<typeof languageVersions>>;

function sitemap(site: SiteData, section: Section, versions: Versions): string {
  const hasVersions = section.pages.some((page) => versions.has(page.url));
  return xmlDocument(
    el(
      'urlset',
      // The xhtml namespace only where it is used, so a site without translations keeps its sitemaps as they were.
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:xhtml': hasVersions ? 'http://www.w3.org/1999/xhtml' : undefined },
      section.pages.map((page) =>
        el(
          'url',
          {},
          el('loc', {}, absolute(site, page.url)),
          page.lastmod && el('lastmod', {}, page.lastmod),
          versions.get(page.url)?.map((version) => el('xhtml:link', { rel: 'alternate', hreflang: version.hreflang, href: version.href })),
        ),
      ),
    ),
  );
}

function languageVersionsByUrl(site: SiteData): Versions {
  const versions = new Map<string, ReturnType<typeof languageVersions>>();
  for (const edition of site.editions) {
    const list = languageVersions(edition, site);
    if (list.length > 0) versions.set(edition.url, list);
  }
  return versions;
}

function sitemapIndex(site: SiteData, list: readonly Section[]): string {
  return xmlDocument(
    el(
      'sitemapindex',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
      list.map((section) => el('sitemap', {}, el('loc', {}, absolute(site, section.path)), latest(section.pages) && el('lastmod', {}, latest(section.pages)))),
    ),
  );
}

function newsSitemap(site: SiteData): string {
  const recent = site.editions
    .filter((edition) => edition.date.epoch <= site.now && site.now - edition.date.epoch <= NEWS_WINDOW_MS)
    .slice(0, NEWS_LIMIT);
  return xmlDocument(
    el(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' },
      recent.map((edition) =>
        el(
          'url',
          {},
          el('loc', {}, absolute(site, edition.url)),
          el(
            'news:news',
            {},
            el(
              'news:publication',
              {},
              el('news:name', {}, site.config.organization ?? site.config.title),
              // Google News wants ISO 639 codes ("en", "zh-cn"): the primary subtag, except for Chinese scripts.
              el('news:language', {}, newsLanguage(languageOf(edition, site.config))),
            ),
            el('news:publication_date', {}, edition.date.iso),
            el('news:title', {}, edition.headline),
          ),
        ),
      ),
    ),
  );
}

function newsLanguage(tag: string): string {
  const locale = new Intl.Locale(tag);
  if (locale.language === 'zh') return locale.maximize().script === 'Hant' ? 'zh-tw' : 'zh-cn';
  return locale.language;
}

function robots(site: SiteData): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute(site, SITEMAP)}`, `Sitemap: ${absolute(site, NEWS_SITEMAP)}`, ''].join('\n');
}

export const sitemaps: FilePlugin = {
  name: 'sitemaps',
  files(site, pages) {
    const list = sections(pages);
    // Keyed by what they list, so a sitemap is written out only when a URL or a lastmod in it changed.
    const versions = languageVersionsByUrl(site);
    const keyOf = (section: Section) =>
      section.pages.map((page) => `${page.url} ${page.lastmod ?? ''}${versions.get(page.url)?.map((v) => ` ${v.hreflang} ${v.href}`).join('') ?? ''}`).join('\n');
    return [
      { path: SITEMAP, contents: () => sitemapIndex(site, list), key: list.map((s) => `${s.path} ${latest(s.pages) ?? ''}`).join('\n'), sources: [] },
      ...list.map((section) => ({ path: section.path, contents: () => sitemap(site, section, versions), key: keyOf(section), sources: [] })),
      { path: NEWS_SITEMAP, contents: newsSitemap(site), sources: [] },
      { path: 'robots.txt', contents: robots(site), sources: [] },
    ];
  },
};
