/**
 * The keys of the render cache. An edition's content key hashes its path and
 * text (the text key) with everything else its rendering depends on (the base
 * key): equal content keys mean equal results.
 */
import { hash } from 'node:crypto';
import type { SiteConfig } from '../model.js';
import type { MediaFile } from '../stages/load-content.js';

/** Hash of everything besides an edition's own text that its rendering depends on. */
export function renderBaseKey(engine: string, site: SiteConfig, media: readonly MediaFile[]): string {
  return hash('sha256', `${engine}\n${site.url}\n${site.timezone}\n${media.map((file) => `${file.src}:${file.bytes}:${file.mtimeMs}`).join('\n')}`);
}

// One-shot hashing: 10,000 of them cost a sixth of what createHash().update().digest() does.
export const textKeyOf = (path: string, text: string) => hash('sha256', `${path}\0${text}`);
export const contentKeyOf = (baseKey: string, textKey: string) => hash('sha256', baseKey + textKey);
