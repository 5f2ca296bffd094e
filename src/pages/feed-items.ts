/** The one list every feed is written from: newest editions first, absolute URLs, facts from the files. */
import { audioTitle } from './site-words.js';
import type { RenderedEdition, SiteData } from '../model/index.js';
import { absolute } from './absolute-url.js';

export interface FeedItem {
  /** Stable id: the edition's permalink, which never changes. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Sanitized HTML whose links and media are absolute already. */
  contentHtml: string;
  published: string;
  updated: string;
  /** Epoch ms of `published`, for RFC 822 dates. */
  publishedEpoch: number;
  tags: string[];
  /** The edition's language, when it is not the feed's. */
  language?: string;
  audio?: { url: string; mimeType: string; bytes: number; durationSeconds: number; title: string };
  image?: { url: string; mimeType: string; alt: string };
}

export interface FeedInfo {
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  author: string;
  /** Latest update among the items (or the newest edition), for feed-level dates. */
  updated: string;
  updatedEpoch: number;
  items: FeedItem[];
}

function item(site: SiteData, edition: RenderedEdition): FeedItem {
  const url = absolute(site, edition.url);
  const details = site.details(edition);
  return {
    id: url,
    url,
    title: edition.headline,
    summary: details.description,
    contentHtml: site.html(edition),
    published: edition.date.iso,
    updated: (edition.updated ?? edition.date).iso,
    publishedEpoch: edition.date.epoch,
    tags: edition.tags,
    ...(edition.language && edition.language !== site.config.language ? { language: edition.language } : {}),
    ...(details.media
      ? {
          audio: {
            url: absolute(site, details.media.src),
            mimeType: details.media.mimeType,
            bytes: details.media.bytes,
            durationSeconds: Math.round(details.media.durationSeconds),
            title: audioTitle(site, details.media),
          },
        }
      : {}),
    ...(details.picture
      ? { image: { url: absolute(site, details.picture.src), mimeType: details.picture.mimeType, alt: details.picture.alt } }
      : {}),
  };
}

export function feedInfo(site: SiteData): FeedInfo {
  const editions = site.editions.slice(0, site.config.feedItems);
  const newest = editions.reduce<RenderedEdition | undefined>((latest, edition) => {
    const epoch = (edition.updated ?? edition.date).epoch;
    return !latest || epoch > (latest.updated ?? latest.date).epoch ? edition : latest;
  }, undefined);
  const stamp = newest ? newest.updated ?? newest.date : undefined;
  return {
    title: site.config.title,
    description: site.config.description,
    language: site.config.language,
    homeUrl: site.config.url,
    author: site.config.author ?? site.config.organization ?? site.config.title,
    // A feed with no editions still needs a date; the epoch start is stable and honest ("never").
    updated: stamp?.iso ?? '1970-01-01T00:00:00+00:00',
    updatedEpoch: stamp?.epoch ?? 0,
    items: editions.map((edition) => item(site, edition)),
  };
}
