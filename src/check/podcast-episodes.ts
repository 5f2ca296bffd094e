/** A show set up in site.yml with no episode yet: no podcast.xml is written, which an editor may not expect. */
import { warning } from '../diagnostics.js';
import type { Diagnostic, SiteData } from '../model/index.js';

/** `site` holds every edition `edition check` checks, drafts and scheduled ones included; `file` is site.yml's path. */
export function checkPodcastEpisodes(site: SiteData, file: string): Diagnostic[] {
  const show = site.config.podcast;
  const narrated = site.editions.filter((edition) => edition.narrated);
  if (!show || narrated.some((edition) => !edition.draft && edition.date.epoch <= site.now)) return [];
  // Only drafts or scheduled editions have narration: the next build writes no podcast.xml either, until one is published.
  const waiting = narrated.length > 0;
  return [
    warning({
      code: 'podcast-without-episodes',
      file,
      ...(show.line ? { line: show.line } : {}),
      field: 'podcast',
      message: waiting
        ? 'The podcast is set up, but only drafts or scheduled editions have narration: podcast.xml is written once one of them is published.'
        : 'The podcast is set up, but no edition has narration that could be read: podcast.xml is written only once one has.',
      hint: waiting
        ? 'Publish a narrated edition, or leave the "podcast:" block out until the first episode.'
        : 'Add "audio: media/<file>" to an edition, or leave the "podcast:" block out until the first episode.',
    }),
  ];
}
