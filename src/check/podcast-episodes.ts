/** A show set up in site.yml with no episode yet: no podcast.xml is written, which an editor may not expect. */
import { warning } from '../diagnostics.js';
import type { Diagnostic, SiteData } from '../model/index.js';

/** `site` holds every edition `edition check` checks, drafts and scheduled ones included; `file` is site.yml's path. */
export function checkPodcastEpisodes(site: SiteData, file: string): Diagnostic[] {
  const show = site.config.podcast;
  if (!show || site.editions.some((edition) => edition.narrated)) return [];
  return [
    warning({
      code: 'podcast-without-episodes',
      file,
      ...(show.line ? { line: show.line } : {}),
      field: 'podcast',
      message: 'The podcast is set up, but no edition has narration that could be read: podcast.xml is written only once one has.',
      hint: 'Add "audio: media/<file>" to an edition, or leave the "podcast:" block out until the first episode.',
    }),
  ];
}
