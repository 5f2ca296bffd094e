/** Copies content/media/ and the hashed CSS/JS assets into the output unchanged. */
import type { FilePlugin } from '../model/index.js';
import { SEARCH_SCRIPT } from './search.js';

export const staticFiles: FilePlugin = {
  name: 'static',
  files(site) {
    return [
      ...site.media.map((file) => ({
        path: file.src,
        contents: { copyFrom: file.absolutePath },
        sources: [`content/${file.src}`],
      })),
      ...site.assets
        // The search page's script, only where there is a search page.
        .filter((asset) => site.config.search || asset.name !== SEARCH_SCRIPT)
        .map((asset) => ({ path: asset.path, contents: asset.contents, sources: [`templates/assets/${asset.name}`] })),
    ];
  },
};
