/**
 * BCP 47 language tags: whether one is valid, its canonical form, and what a
 * page derives from it (text direction, Open Graph locale, the language's own
 * name). Shared by the site's `language` and an edition's, so both are read
 * and derived the same way.
 */
import { BoundedMap } from './bounded-map.js';

/**
 * True for one BCP 47 tag ("en", "en-GB", "ar", "zh-Hant"). Its language must
 * be a code of two or three letters: the syntax allows five to eight, but no
 * such language is registered, and "English" or "arabic" is a name, not a code.
 */
export function isLanguageTag(tag: string): boolean {
  try {
    if (Intl.getCanonicalLocales(tag).length !== 1) return false;
    const { language } = new Intl.Locale(tag);
    return language !== undefined && language.length <= 3;
  } catch {
    return false;
  }
}

/** The canonical spelling of a valid tag ("EN-gb" → "en-GB"), so equal languages compare equal. */
export function canonicalLanguage(tag: string): string {
  return Intl.getCanonicalLocales(tag)[0] ?? tag;
}

/** Open Graph wants language_TERRITORY ("en_US"); fill in the likely territory when the tag has none. */
export function ogLocale(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction text in `language` runs: from ICU where the runtime says, else from a list of right-to-left languages. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction?: string } };
  const direction = locale.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** Few languages per site; bounded all the same, for what editors type over a long preview. */
const ownNames = new BoundedMap<string, string>(64);

/**
 * A language's name in that language ("ar" → "العربية", "es" → "Español"),
 * so its readers recognise it among others; capitalised as language menus
 * write it (CLDR's names are lower case mid-sentence in many languages).
 */
export function ownName(language: string): string {
  let name = ownNames.get(language);
  if (name === undefined) {
    const named = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    const [first = ''] = named;
    name = first.toLocaleUpperCase(language) + named.slice(first.length);
    ownNames.set(language, name);
  }
  return name;
}
