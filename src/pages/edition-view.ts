/** The template-facing view of an edition: names designers can read, values already formatted. */
import { audioTitle } from './site-words.js';
import type { RenderedEdition, SiteConfig, SiteData } from '../model/index.js';
import { formatDuration, formatEditionDay, isoDuration } from '../util/dates.js';
import { slugifyTag } from '../util/slug.js';
import { absolute } from './absolute-url.js';
import { isScheduled } from '../stages/plan/select-editions.js';
import { textLanguage, type TextLanguage } from './text-language.js';
import { translationLinks } from './translations.js';

/** `lang` and `dir` are for the headline, when it is in another language than the site (text-language.ts). */
export interface EditionLink extends TextLanguage {
  headline: string;
  url: string;
  date_iso: string;
  date_text: string;
}

// An edition appears in many lists (archive, topics, neighbours, home); make its link once per
// language and time zone: a long preview keeps the same editions across builds while the settings change.
const links = new WeakMap<RenderedEdition, { settings: string; link: EditionLink }>();

/** Just enough to link to an edition from a list. */
export function editionLink(edition: RenderedEdition, site: SiteConfig): EditionLink {
  const settings = `${site.language}\n${site.timezone}`;
  let known = links.get(edition);
  if (known?.settings !== settings) {
    const link = {
      headline: edition.headline,
      url: edition.url,
      date_iso: edition.date.iso,
      date_text: formatEditionDay(edition.date, site.language),
      ...textLanguage(edition.language, site),
    };
    links.set(edition, (known = { settings, link }));
  }
  return known.link;
}

/** Everything an edition template shows. */
export function editionView(edition: RenderedEdition, data: SiteData) {
  const site = data.config;
  const details = data.details(edition);
  const view = {
    ...editionLink(edition, site),
    slug: edition.slug,
    canonical: absolute(data, edition.url),
    description: details.description,
    // Stands for the HTML in page fingerprints; the HTML itself is attached below.
    content_key: edition.contentKey,
    draft: edition.draft,
    scheduled: isScheduled(edition, data.now),
    show_offer: details.showOffer,
    // The newsroom's topics, shared by editions in every language and named by the site's topic pages: site language.
    tags: edition.tags.map((name) => ({ name, url: `tags/${slugifyTag(name)}/` })),
    translations: translationLinks(edition, data),
    audio: details.media
      ? {
          src: details.media.src,
          type: details.media.mimeType,
          title: audioTitle(data, details.media),
          // The catalogue's title is the interface's words, in the site's language; one the editor wrote is in the edition's.
          ...textLanguage(details.media.title === undefined ? undefined : edition.language, site),
          bytes: details.media.bytes,
          duration_seconds: details.media.durationSeconds,
          duration_text: formatDuration(details.media.durationSeconds),
          duration_iso: isoDuration(details.media.durationSeconds),
        }
      : null,
    // Shown with the player (a transcript needs narration, validate-edition.ts), as a link to read it.
    transcript: details.transcript ? { src: details.transcript.src, type: details.transcript.mimeType } : null,
  };
  // Read from the pack only when a template (or a worker message) asks; page fingerprints skip it (content_key stands for it).
  return Object.defineProperty(view, 'html', { get: () => data.html(edition), enumerable: true }) as typeof view & { html: string };
}
