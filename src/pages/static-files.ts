/** Copies content/media/ and the hashed CSS/JS assets into the output unchanged. */
import type { FilePlugin } from '../model/index.js';

export const staticFiles: FilePlugin = {
  name: 'static',
  files(site) {
    return [
      ...site.media.map((file) => ({
        path: file.src,
        contents: { copyFrom: file.absolutePath },
        sources: [`content/${file.src}`],
      })),
      ...site.assets.map((asset) => ({ path: asset.path, contents: asset.contents, sources: [`templates/assets/${asset.name}`] })),
    ];
  },
};
