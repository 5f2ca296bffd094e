/** One page per published edition, at its permalink YYYY/MM/DD/slug/. */
import type { Page, PagePlugin } from '../model/index.js';
import { editionLink, editionView } from './edition-view.js';
import { editionMeta } from './metadata.js';
import { isScheduled } from '../stages/plan/select-editions.js';
import { linkKey } from './lists.js';
import { translationsKey } from './translations.js';
import { shareImageOf } from './share-images.js';

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
        // Everything the data below is made from that the shared fingerprint (settings, offer) and the template key do
        // not cover; of the neighbours only what their links show, so correcting one edition leaves theirs alone.
        // Its translations likewise: another edition that names this one changes this page too. And whether it has a
        // share image: a new edition can push it out of the setting's window, and its metadata back to the site's image.
        key: [
          edition.contentKey,
          newer ? linkKey(newer) : '',
          older ? linkKey(older) : '',
          isScheduled(edition, site.now) ? 'scheduled' : '',
          translationsKey(edition, site),
          shareImageOf(site, edition)?.path ?? '',
        ].join('|'),
        data: () => ({
          meta: editionMeta(site, edition),
          edition: editionView(edition, site),
          newer: newer ? editionLink(newer, site.config) : null,
          older: older ? editionLink(older, site.config) : null,
        }),
      };
    });
  },
};
