/**
 * How pages mark text in another language than the site's: an edition's
 * headline, body and narration title, and the links that show its headline.
 * A page's own words (labels, dates, buttons) stay in the site's language,
 * set once on <html>; only the edition's words carry `lang`, so a screen
 * reader reads them with the right voice, and a browser hyphenates and
 * chooses fonts for the right language. `dir` comes with it when the
 * direction differs from the page's: `lang` alone does not turn Arabic
 * right to left. An edition in the site's language gets neither, so its
 * pages are as they were before editions could have a language.
 */
import type { RenderedEdition, SiteConfig } from '../model/index.js';
import { BoundedMap } from '../util/bounded-map.js';
import { textDirection } from '../util/language.js';

export interface TextLanguage {
  /** BCP 47 tag for `lang`, or null when the text is in the site's language. */
  lang: string | null;
  /** For `dir`, or null when the text runs the way the page does. */
  dir: 'ltr' | 'rtl' | null;
}

const SITE_LANGUAGE: TextLanguage = { lang: null, dir: null };
/** A site has a few languages; bounded for what editors type over a long preview. */
const directions = new BoundedMap<string, 'ltr' | 'rtl'>(64);

/** The language an edition is written in: its own, or the site's. */
export function languageOf(edition: Pick<RenderedEdition, 'language'>, site: SiteConfig): string {
  return edition.language ?? site.language;
}

/** The direction text in `language` runs. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  let dir = directions.get(language);
  if (dir === undefined) directions.set(language, (dir = textDirection(language)));
  return dir;
}

/** The attributes text in `language` needs on a page in the site's language. */
export function textLanguage(language: string | undefined, site: SiteConfig): TextLanguage {
  if (language === undefined || language === site.language) return SITE_LANGUAGE;
  const dir = directionOf(language);
  return { lang: language, dir: dir === site.dir ? null : dir };
}
