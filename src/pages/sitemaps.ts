/** sitemap.xml (every public page), news-sitemap.xml (Google News: the last two days) and robots.txt naming both. */
import type { Page } from '../model.js';
import { el, xmlDocument } from '../util/xml.js';
import { absolute, type FilePlugin, type SiteData } from './site-data.js';

export const SITEMAP = 'sitemap.xml';
export const NEWS_SITEMAP = 'news-sitemap.xml';

/** Google News only wants articles published in the last two days, at most 1,000 of them. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_LIMIT = 1000;

function sitemap(site: SiteData, pages: readonly Page[]): string {
  const listed = pages.filter((page) => page.kind !== '404').sort((a, b) => a.url.localeCompare(b.url));
  return xmlDocument(
    el(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
      listed.map((page) => el('url', {}, el('loc', {}, absolute(site, page.url)), page.lastmod && el('lastmod', {}, page.lastmod))),
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
              el('news:language', {}, newsLanguage(site.config.language)),
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
    return [
      { path: SITEMAP, contents: sitemap(site, pages), sources: [] },
      { path: NEWS_SITEMAP, contents: newsSitemap(site), sources: [] },
      { path: 'robots.txt', contents: robots(site), sources: [] },
    ];
  },
};
