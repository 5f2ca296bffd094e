/**
 * An edition's translations on its pages: visible links to the same story in
 * other languages, the hreflang versions search engines read (in the head and
 * the sitemap), and what of them a page's fingerprint must cover.
 */
import type { RenderedEdition, SiteData } from '../model/index.js';
import { compareCodeUnits } from '../util/compare.js';
import { ownName } from '../util/language.js';
import { absolute } from './absolute-url.js';
import { directionOf, languageOf } from './text-language.js';

/**
 * Links to the same story in other languages, each named in its own language
 * ("العربية", not "Arabic"), so a reader of that language finds it; `lang`
 * is always that language (it is the link's text and the page's), `dir` only
 * when it runs the other way from the site.
 */
export function translationLinks(edition: RenderedEdition, data: SiteData) {
  return data.translations(edition).map((other) => {
    const lang = languageOf(other, data.config);
    const dir = directionOf(lang);
    return { url: other.url, lang, dir: dir === data.config.dir ? null : dir, name: ownName(lang) };
  });
}

/** Every version of an edition's story, itself included, as search engines want them listed on each: hreflang and absolute URL. */
export function languageVersions(edition: RenderedEdition, data: SiteData): { hreflang: string; href: string }[] {
  const others = data.translations(edition);
  if (others.length === 0) return [];
  return [edition, ...others]
    .map((version) => ({ hreflang: languageOf(version, data.config), href: absolute(data, version.url) }))
    .sort((a, b) => compareCodeUnits(a.hreflang, b.hreflang));
}

/** What the translation links and versions of `edition` show (each one's address and language), for the keys of the pages that show them. */
export function translationsKey(edition: RenderedEdition, data: SiteData): string {
  return data.translations(edition).map((other) => `${other.url} ${other.language ?? ''}`).join('\n');
}
