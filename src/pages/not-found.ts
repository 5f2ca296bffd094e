/** 404.html: served by static hosts for any missing path, so its links are root-relative. */
import { listMeta } from './metadata.js';
import { editionLink } from './edition-view.js';
import { linkKey } from './lists.js';
import type { PagePlugin } from '../model/index.js';

export const notFoundPage: PagePlugin = {
  name: '404',
  pages(site) {
    const recent = site.editions.slice(0, 5);
    return [
      {
        kind: '404',
        url: '404.html',
        path: '404.html',
        template: '404',
        sources: [],
        absoluteLinks: true,
        // Besides settings, the data is the links to the newest editions.
        key: recent.map(linkKey).join('\0'),
        data: () => ({
          meta: listMeta(site, { url: '404.html', index: false }),
          recent: recent.map((edition) => editionLink(edition, site.config)),
        }),
      },
    ];
  },
};
