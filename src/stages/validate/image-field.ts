/** The `image:` front matter field, shared by site.yml and editions. */
import * as z from 'zod/mini';
import { safeRelativePath } from '../../util/urls.js';

import { imageMimeType } from '../../util/media-types.js';

export { imageMimeType };

export const imageSchema = z.strictObject({
  src: z.string().check(
    z.refine((src) => {
      const path = safeRelativePath(src);
      return path !== undefined && path.startsWith('media/') && imageMimeType(path) !== undefined;
    }),
  ),
  alt: z.string().check(z.trim(), z.minLength(1)),
});
