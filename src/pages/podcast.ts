/**
 * podcast.xml: the show that site.yml's `podcast:` block describes, as the RSS
 * 2.0 feed Apple Podcasts and Spotify read, with the iTunes and Podcasting
 * 2.0 tags. Every published edition with narration is an episode, the whole
 * back catalogue: a podcast app lists a show's past episodes from its feed.
 * Written only when the site has a show and at least one episode.
 */
import type { FilePlugin, PodcastSettings, RenderedEdition, SiteData } from '../model/index.js';
import { formatRfc822 } from '../util/dates.js';
import { uuidV5 } from '../util/uuid.js';
import { el, xmlDocument } from '../util/xml.js';
import { absolute } from './absolute-url.js';

/** Output path of the podcast, also linked from every page's <head> when there is one. */
export const PODCAST = 'podcast.xml';

/** The Podcasting 2.0 namespace's UUID, under which a show's podcast:guid is made from its feed's address. */
const PODCAST_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

const NAMESPACES = {
  'xmlns:itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  'xmlns:podcast': 'https://podcastindex.org/namespace/1.0',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
};

/** The episodes, newest first: published editions whose narration was read. None without a show. */
function episodesOf(site: SiteData): RenderedEdition[] {
  return site.config.podcast ? site.editions.filter((edition) => edition.narrated) : [];
}

/** The podcast's absolute URL when the build writes one, for every page's <link rel="alternate">; else undefined. */
export function podcastUrl(site: SiteData): string | undefined {
  return site.config.podcast && site.editions.some((edition) => edition.narrated) ? absolute(site, PODCAST) : undefined;
}

/** podcast:guid as the namespace makes it: the UUIDv5 of the feed's URL without its scheme and trailing slashes. */
export function podcastGuid(feedUrl: string): string {
  return uuidV5(feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, ''), PODCAST_NAMESPACE);
}

/**
 * An episode's guid, which must never change (an app that sees a new one
 * offers the episode again): the UUIDv5 of its permalink path under the
 * show's podcast:guid. Unlike the absolute permalink (the other feeds' id),
 * it survives a move to another address when the moved show keeps its guid
 * in `podcast.guid`.
 */
export function episodeGuid(showGuid: string, edition: RenderedEdition): string {
  return uuidV5(edition.url, showGuid);
}

function channel(show: PodcastSettings, site: SiteData, self: string, guid: string) {
  return [
    el('title', {}, show.title),
    el('link', {}, site.config.url),
    el('description', {}, show.description),
    el('language', {}, site.config.language),
    el('atom:link', { href: self, rel: 'self', type: 'application/rss+xml' }),
    el('itunes:author', {}, show.author),
    el('itunes:owner', {}, el('itunes:name', {}, show.owner.name), el('itunes:email', {}, show.owner.email)),
    el('itunes:image', { href: absolute(site, show.image.src) }),
    el('itunes:category', { text: show.category }, show.subcategory && el('itunes:category', { text: show.subcategory })),
    el('itunes:explicit', {}, String(show.explicit)),
    el('itunes:type', {}, show.type),
    el('podcast:guid', {}, guid),
    // The owner's address is how a host the show moves to verifies it may import it.
    el('podcast:locked', { owner: show.owner.email }, show.locked ? 'yes' : 'no'),
  ];
}

function item(site: SiteData, edition: RenderedEdition, guid: string, withText: boolean) {
  const details = site.details(edition);
  const media = details.media!;
  const language = edition.language && edition.language !== site.config.language ? edition.language : undefined;
  return el(
    'item',
    {},
    el('title', {}, edition.headline),
    el('link', {}, absolute(site, edition.url)),
    el('guid', { isPermaLink: 'false' }, episodeGuid(guid, edition)),
    el('pubDate', {}, formatRfc822(edition.date.epoch)),
    el('description', {}, details.description),
    withText && el('content:encoded', {}, site.html(edition)),
    el('enclosure', { url: absolute(site, media.src), length: media.bytes, type: media.mimeType }),
    // Whole seconds; a narration shorter than half a second is still one.
    el('itunes:duration', {}, Math.max(1, Math.round(media.durationSeconds))),
    details.transcript && el('podcast:transcript', { url: absolute(site, details.transcript.src), type: details.transcript.mimeType, language }),
  );
}

function podcastXml(site: SiteData, show: PodcastSettings, episodes: readonly RenderedEdition[]): string {
  const self = absolute(site, PODCAST);
  const guid = show.guid ?? podcastGuid(self);
  const newest = episodes.reduce((max, edition) => Math.max(max, (edition.updated ?? edition.date).epoch), 0);
  return xmlDocument(
    el(
      'rss',
      { version: '2.0', ...NAMESPACES },
      el(
        'channel',
        {},
        channel(show, site, self, guid),
        el('lastBuildDate', {}, formatRfc822(newest)),
        // The full text for the newest episodes, as the other feeds carry it; the back catalogue has its summary, so a
        // feed of ten years of daily episodes stays a few megabytes (each app downloads all of it on every refresh).
        episodes.map((edition, index) => item(site, edition, guid, index < site.config.feedItems)),
      ),
    ),
  );
}

export const podcast: FilePlugin = {
  name: 'podcast',
  files(site) {
    const show = site.config.podcast;
    const episodes = episodesOf(site);
    if (!show || episodes.length === 0) return [];
    // The show's settings (left out of the pages' fingerprint, since no page shows them) and each episode's content key,
    // which covers its file (so its permalink), its text and the media files. 10,000 episodes: about 3 ms to make the
    // key, 0.2 to 0.5 s to write the feed.
    const key = [JSON.stringify(show), ...episodes.map((edition) => edition.contentKey)].join('\n');
    return [{ path: PODCAST, key, contents: () => podcastXml(site, show, episodes), sources: [] }];
  },
};
