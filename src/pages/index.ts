/** Every page kind, in the order they are planned. Add a kind here to add it to every build. */
import { archivePages } from './archive.js';
import { editionPages } from './edition.js';
import { feeds } from './feeds.js';
import { homePage } from './home.js';
import { hostingFiles } from './hosting.js';
import { notFoundPage } from './not-found.js';
import { podcast } from './podcast.js';
import { redirectPages } from './redirects.js';
import { searchPage } from './search.js';
import { shareImages } from './share-images.js';
import { sitemaps } from './sitemaps.js';
import { staticFiles } from './static-files.js';
import { tagPages } from './tags.js';
import type { FilePlugin, PagePlugin } from '../model/index.js';

export const plugins: { pages: PagePlugin[]; files: FilePlugin[] } = {
  pages: [homePage, editionPages, archivePages, tagPages, searchPage, notFoundPage, redirectPages],
  // hostingFiles last: its _headers covers every page and file planned before it.
  files: [feeds, podcast, sitemaps, staticFiles, shareImages, hostingFiles],
};
