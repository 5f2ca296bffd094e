/**
 * The keys of the render cache. An edition's content key hashes its path and
 * text (the text key) with everything else its rendering depends on (the base
 * key): equal content keys mean equal results.
 */
import { createHash } from 'node:crypto';
import type { SiteConfig } from '../model.js';
import type { MediaFile } from '../stages/load-content.js';

/** Hash of everything besides an edition's own text that its rendering depends on. */
export function renderBaseKey(engine: string, site: SiteConfig, media: readonly MediaFile[]): string {
  return createHash('sha256')
    .update(`${engine}\n${site.url}\n${site.timezone}\n`)
    .update(media.map((file) => `${file.src}:${file.bytes}:${file.mtimeMs}`).join('\n'))
    .digest('hex');
}

export const textKeyOf = (path: string, text: string) => createHash('sha256').update(path).update('\0').update(text).digest('hex');
export const contentKeyOf = (baseKey: string, textKey: string) => createHash('sha256').update(baseKey).update(textKey).digest('hex');
