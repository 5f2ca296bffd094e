/** The `image:` front matter field, shared by site.yml and editions. */
import { z } from 'zod';
import { safeRelativePath } from './urls.js';

import { imageMimeType } from './media-types.js';

export { imageMimeType };

export const imageSchema = z.strictObject({
  src: z.string().refine((src) => {
    const path = safeRelativePath(src);
    return path !== undefined && path.startsWith('media/') && imageMimeType(path) !== undefined;
  }),
  alt: z.string().trim().min(1),
});
