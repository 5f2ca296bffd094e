/** The `image:` front matter field, shared by site.yml and editions. */
import { z } from 'zod';
import { safeRelativePath } from './urls.js';

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** MIME type for an image path, or undefined when browsers cannot show it. */
export function imageMimeType(path: string): string | undefined {
  return IMAGE_TYPES[path.split('.').pop()?.toLowerCase() ?? ''];
}

export const imageSchema = z.strictObject({
  src: z.string().refine((src) => {
    const path = safeRelativePath(src);
    return path !== undefined && path.startsWith('media/') && imageMimeType(path) !== undefined;
  }),
  alt: z.string().trim().min(1),
});
