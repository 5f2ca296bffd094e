/** 404.html: served by static hosts for any missing path, so its links are root-relative. */
import { listMeta } from './metadata.js';
import type { PagePlugin } from './site-data.js';
import { editionLink } from './edition-view.js';

export const notFoundPage: PagePlugin = {
  name: '404',
  pages(site) {
    const title = 'Page not found';
    return [
      {
        kind: '404',
        url: '404.html',
        path: '404.html',
        template: '404',
        sources: [],
        absoluteLinks: true,
        data: () => ({
          title,
          meta: listMeta(site, { title, description: site.config.description, url: '404.html', index: false }),
          recent: site.editions.slice(0, 5).map((edition) => editionLink(edition, site.config)),
        }),
      },
    ];
  },
};
