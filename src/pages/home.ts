/** index.html: the latest edition in full, then links to the ones before it. */
import { editionLink, editionView } from './edition-view.js';
import { listMeta } from './metadata.js';
import type { PagePlugin } from './site-data.js';

/** How many earlier editions the home page links to. */
const RECENT = 10;

export const homePage: PagePlugin = {
  name: 'home',
  pages(site) {
    const [latest, ...rest] = site.editions;
    return [
      {
        kind: 'home',
        url: '',
        path: 'index.html',
        template: 'home',
        sources: latest ? [latest.file] : [],
        lastmod: latest ? (latest.updated ?? latest.date).iso : undefined,
        data: () => ({
          title: site.config.title,
          meta: listMeta(site, { title: site.config.title, description: site.config.description, url: '' }),
          edition: latest ? editionView(latest, site) : null,
          recent: rest.slice(0, RECENT).map((edition) => editionLink(edition, site.config)),
        }),
      },
    ];
  },
};
