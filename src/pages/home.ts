/** index.html: the latest edition in full, then links to the ones before it. */
import { editionLink, editionView } from './edition-view.js';
import { isScheduled } from '../stages/plan/select-editions.js';
import { linkKey } from './lists.js';
import { listMeta } from './metadata.js';
import { translationsKey } from './translations.js';
import type { PagePlugin } from '../model/index.js';

/** How many earlier editions the home page links to. */
const RECENT = 10;

export const homePage: PagePlugin = {
  name: 'home',
  pages(site) {
    const [latest, ...rest] = site.editions;
    const recent = rest.slice(0, RECENT);
    return [
      {
        kind: 'home',
        url: '',
        path: 'index.html',
        template: 'home',
        sources: latest ? [latest.file] : [],
        lastmod: latest ? (latest.updated ?? latest.date).iso : undefined,
        // What the data below is made from besides settings: the latest edition (its content key stands for
        // its text, facts and media; its translations' links beside it) and what the links to the others show.
        // A warm build then makes no data.
        key: [latest?.contentKey ?? '', latest && isScheduled(latest, site.now) ? 'scheduled' : '', latest ? translationsKey(latest, site) : '', ...recent.map(linkKey)].join('\0'),
        data: () => ({
          meta: listMeta(site, { url: '' }),
          edition: latest ? editionView(latest, site) : null,
          recent: recent.map((edition) => editionLink(edition, site.config)),
        }),
      },
    ];
  },
};
