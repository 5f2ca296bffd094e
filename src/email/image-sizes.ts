/**
 * The natural sizes of the pictures from content/media/ that an edition's
 * HTML shows, read from the files: an email must give every picture its
 * width and height (Outlook shows one without them at full size, and others
 * jump the text about as it loads).
 */
import type { MediaFile, SiteData } from '../model/index.js';
import { absolute } from '../pages/absolute-url.js';
import { loadImageInfo } from '../stages/read/load-media.js';
import { safeDecode } from '../util/urls.js';

/**
 * Sizes by each <img>'s src as the HTML writes it. The HTML is Edition's own
 * sanitized output (every attribute double-quoted, no quote inside one), so a
 * pattern finds the sources; the email's parser then looks each one up.
 */
export async function imageSizes(html: string, site: SiteData, file: string, media: ReadonlyMap<string, MediaFile>): Promise<Map<string, { width: number; height: number }>> {
  const sizes = new Map<string, { width: number; height: number }>();
  const prefix = absolute(site, 'media/');
  for (const [, written = ''] of html.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)) {
    if (!written.startsWith(prefix) || sizes.has(written)) continue;
    const src = `media/${written.slice(prefix.length).split('/').map(safeDecode).join('/')}`;
    const info = await loadImageInfo({ src, alt: '' }, file, media);
    if (info.ok) sizes.set(written, { width: info.info.width, height: info.info.height });
  }
  return sizes;
}
