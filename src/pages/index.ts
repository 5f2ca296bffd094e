/** Every page kind, in the order they are planned. Add a kind here to add it to every build. */
import { editionPages } from './edition.js';
import { homePage } from './home.js';
import type { FilePlugin, PagePlugin } from './site-data.js';
import { staticFiles } from './static-files.js';

export const plugins: { pages: PagePlugin[]; files: FilePlugin[] } = {
  pages: [homePage, editionPages],
  files: [staticFiles],
};
