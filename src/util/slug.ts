/** URL slugs: lowercase ASCII words joined by hyphens. */
import { BoundedMap } from './bounded-map.js';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Énergie & Russia!" → "energie-russia"; may return "" when nothing usable is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
