/**
 * URL slugs, made as Hugo makes them: letters and digits of every script,
 * lowercased, NFC, words joined by hyphens. Latin letters keep the ASCII rule
 * Edition always had, so every Latin permalink stays what it was.
 */
import { BoundedMap } from './bounded-map.js';

/**
 * A slug names a folder of the output, and file systems allow 255 bytes per name:
 * counted in UTF-8 bytes (100 letters a-z, 50 Arabic or Cyrillic, 33 Chinese or Japanese).
 */
export const SLUG_MAX_BYTES = 100;

/**
 * A run of letters of scripts other than Latin, with the marks that belong to
 * them (Devanagari vowel signs, Arabic harakat) and zero-width joiners. Characters
 * shared by all scripts (digits, punctuation, emoji, bidi controls, ZWNJ) are outside.
 */
const OTHER_SCRIPT = /((?:[^\p{scx=Latn}\p{scx=Zyyy}\p{scx=Zinh}][\p{M}\u200d]*)+)/u;

/**
 * "Énergie & Russia!" → "energie-russia", "Удар в ответ" → "удар-в-ответ",
 * "東京の洪水" → "東京の洪水"; "" when nothing usable is left.
 */
export function slugify(text: string): string {
  // split() with a group alternates: Latin and shared characters, then a run of another script, and so on.
  const parts = text.normalize('NFC').split(OTHER_SCRIPT);
  return parts
    .map((part, index) => (index % 2 === 0 ? latinSlug(part) : otherScriptSlug(part)))
    .join('')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** Edition's first rule, kept exactly: accents dropped, then only a-z and 0-9 ("Straße" → "stra-e", "½" → "1-2"). */
function latinSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
}

/**
 * Letters, digits and marks kept, lowercased (as one run, so a Greek word ends in ς).
 * Invisible characters that only change how a word is drawn (ZWJ, variation
 * selectors, the Arabic tatweel) are dropped, so both spellings give one slug.
 */
function otherScriptSlug(run: string): string {
  return run
    .toLowerCase()
    .replace(/[\p{Default_Ignorable_Code_Point}\u0640]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-');
}

/** True for a slug as slugify() makes it ("punching-back", "удар-в-ответ"), so a slug written by hand gives the same addresses. */
export function isSlug(text: string): boolean {
  return text !== '' && slugify(text) === text;
}

/** Bytes of the slug in UTF-8, which is what a file name's limit counts. */
export function slugBytes(slug: string): number {
  return Buffer.byteLength(slug, 'utf8');
}

const DATED_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

/** Split "2024-03-12-punching-back" into its date and slug parts. */
export function splitFileName(baseName: string): { date?: string; rest: string } {
  const match = DATED_NAME.exec(baseName);
  return match ? { date: match[1]!, rest: match[2]! } : { rest: baseName };
}

/**
 * A tag's slug keeps letters and digits of every script ("Україна" → "україна",
 * "東京" → "東京") and drops accents from Latin letters only ("Élections" →
 * "elections"); "" when nothing usable is left.
 */
export function slugifyTag(text: string): string {
  let slug = tagSlugs.get(text);
  if (slug === undefined) tagSlugs.set(text, (slug = makeTagSlug(text)));
  return slug;
}

// A publication has dozens of tags and 30,000 uses of them: each is worked out once (200 ms → 2 ms).
// Bounded: a long preview sees every tag typed, and deleted, on the way.
export const tagSlugs = new BoundedMap<string, string>(10_000);

function makeTagSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00c0-\u024f]/g, (letter) => letter.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
