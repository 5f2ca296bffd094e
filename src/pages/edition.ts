/** One page per published edition, at its permalink YYYY/MM/DD/slug/. */
import type { Page } from '../model.js';
import { editionLink, editionView } from './edition-view.js';
import { editionMeta } from './metadata.js';
import type { PagePlugin } from './site-data.js';

export const editionPages: PagePlugin = {
  name: 'edition',
  pages(site) {
    return site.editions.map((edition, index): Page => {
      const newer = site.editions[index - 1];
      const older = site.editions[index + 1];
      return {
        kind: 'edition',
        url: edition.url,
        path: `${edition.url}index.html`,
        template: 'edition',
        sources: [edition.file],
        lastmod: (edition.updated ?? edition.date).iso,
        // Everything the data below is made from that the shared fingerprint (settings, offer, templates) does not cover.
        key: [edition.contentKey, newer?.contentKey, older?.contentKey, edition.scheduled ? 'scheduled' : ''].join('|'),
        data: () => ({
          title: edition.headline,
          meta: editionMeta(site, edition),
          edition: editionView(edition, site.config),
          newer: newer ? editionLink(newer, site.config) : null,
          older: older ? editionLink(older, site.config) : null,
        }),
      };
    });
  },
};
