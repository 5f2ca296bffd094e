/** The site's words for page plug-ins: the same catalogue the templates' `t` filter reads. */
import { translator, type Translate } from '../i18n/catalogue.js';
import type { EditionDetails, SiteData } from '../model/index.js';

const translators = new WeakMap<SiteData['strings'], Translate>();

export function wordsOf(site: Pick<SiteData, 'strings' | 'config'>): Translate {
  let translate = translators.get(site.strings);
  if (!translate) translators.set(site.strings, (translate = translator(site.strings, site.config.language)));
  return translate;
}

/** A narration's label: its own from front matter, else the catalogue's "Listen to Today's Edition". */
export function audioTitle(site: Pick<SiteData, 'strings' | 'config'>, media: NonNullable<EditionDetails['media']>): string {
  return media.title ?? wordsOf(site)('audio.title');
}
