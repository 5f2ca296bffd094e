/** RSS 2.0, Atom 1.0 and JSON Feed 1.1, written from one list of items. */
import { formatRfc822 } from '../util/dates.js';
import { el, xmlDocument } from '../util/xml.js';
import { feedInfo, type FeedInfo } from './feed-items.js';
import { absolute } from './absolute-url.js';
import type { FilePlugin } from '../model/index.js';

/** Output paths of the feeds, also linked from every page's <head>. */
export const FEEDS = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const;

function rss(feed: FeedInfo, self: string): string {
  return xmlDocument(
    el(
      'rss',
      { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:content': 'http://purl.org/rss/1.0/modules/content/' },
      el(
        'channel',
        {},
        el('title', {}, feed.title),
        el('link', {}, feed.homeUrl),
        el('description', {}, feed.description),
        el('language', {}, feed.language),
        el('lastBuildDate', {}, formatRfc822(feed.updatedEpoch)),
        el('atom:link', { href: self, rel: 'self', type: 'application/rss+xml' }),
        // RSS 2.0 has a language for the channel only (the site's, above): an item in another language cannot say so.
        feed.items.map((item) =>
          el(
            'item',
            {},
            el('title', {}, item.title),
            el('link', {}, item.url),
            el('guid', { isPermaLink: 'true' }, item.id),
            el('pubDate', {}, formatRfc822(item.publishedEpoch)),
            el('description', {}, item.summary),
            el('content:encoded', {}, item.contentHtml),
            item.tags.map((tag) => el('category', {}, tag)),
            item.audio && el('enclosure', { url: item.audio.url, length: item.audio.bytes, type: item.audio.mimeType }),
          ),
        ),
      ),
    ),
  );
}

function atom(feed: FeedInfo, self: string): string {
  return xmlDocument(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language },
      el('id', {}, feed.homeUrl),
      el('title', {}, feed.title),
      el('subtitle', {}, feed.description),
      el('updated', {}, feed.updated),
      el('author', {}, el('name', {}, feed.author)),
      el('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
      el('link', { rel: 'self', type: 'application/atom+xml', href: self }),
      feed.items.map((item) =>
        el(
          'entry',
          // The entry's title, summary, content and narration title are in the edition's language; its terms are the site's
          // topics, but a category's term is a name, not text to read.
          { 'xml:lang': item.language },
          el('id', {}, item.id),
          el('title', {}, item.title),
          el('link', { rel: 'alternate', type: 'text/html', href: item.url }),
          el('published', {}, item.published),
          el('updated', {}, item.updated),
          el('summary', {}, item.summary),
          el('content', { type: 'html' }, item.contentHtml),
          item.tags.map((tag) => el('category', { term: tag })),
          item.audio &&
            el('link', { rel: 'enclosure', href: item.audio.url, type: item.audio.mimeType, length: item.audio.bytes, title: item.audio.title }),
        ),
      ),
    ),
  );
}

function jsonFeed(feed: FeedInfo, self: string): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: self,
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.author }],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: item.published,
      date_modified: item.updated,
      // JSON Feed 1.1: an item's own language, when it is not the feed's.
      ...(item.language ? { language: item.language } : {}),
      ...(item.tags.length > 0 ? { tags: item.tags } : {}),
      ...(item.image ? { image: item.image.url } : {}),
      ...(item.audio
        ? {
            attachments: [
              {
                url: item.audio.url,
                mime_type: item.audio.mimeType,
                title: item.audio.title,
                size_in_bytes: item.audio.bytes,
                duration_in_seconds: item.audio.durationSeconds,
              },
            ],
          }
        : {}),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const feeds: FilePlugin = {
  name: 'feeds',
  files(site) {
    const feed = feedInfo(site);
    const sources: string[] = [];
    return [
      { path: FEEDS.rss, contents: rss(feed, absolute(site, FEEDS.rss)), sources },
      { path: FEEDS.atom, contents: atom(feed, absolute(site, FEEDS.atom)), sources },
      { path: FEEDS.json, contents: jsonFeed(feed, absolute(site, FEEDS.json)), sources },
    ];
  },
};
