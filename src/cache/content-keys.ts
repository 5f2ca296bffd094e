/**
 * The keys of the render cache. An edition's content key hashes its path and
 * text (the text key) with everything else its rendering depends on (the base
 * key): equal content keys mean equal results.
 */
import { hash } from 'node:crypto';
import type { MarkdownLabels, MediaFile, SiteConfig } from '../model/index.js';

/** Keys are SHA-256 in base64url: 43 characters instead of hex's 64, in an index that holds four per edition. */
export const keyOf = (text: string | Uint8Array) => hash('sha256', text, 'base64url');

/**
 * Hash of everything besides an edition's own text that its rendering depends
 * on. (Its ids' prefix is made from its date and slug: its path and text.)
 * Labels left out are the engine's English ones, which the engine key covers.
 */
export function renderBaseKey(engine: string, site: SiteConfig, media: readonly MediaFile[], labels?: MarkdownLabels): string {
  const words = labels ? JSON.stringify([labels.footnotes, labels.backToReference, labels.table]) : '';
  return keyOf(`${engine}\n${site.url}\n${site.timezone}\n${site.language}\n${words}\n${media.map((file) => `${file.src}:${file.stamp}`).join('\n')}`);
}

// One-shot hashing: 10,000 of them cost a sixth of what createHash().update().digest() does.
export const textKeyOf = (path: string, text: string) => keyOf(`${path}\0${text}`);
export const contentKeyOf = (baseKey: string, textKey: string) => keyOf(baseKey + textKey);
