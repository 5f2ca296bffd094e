/** The archive: every published edition, newest first, grouped by year and month, paginated. */
import { paginate } from './lists.js';
import type { PagePlugin } from '../model/index.js';

export const archivePages: PagePlugin = {
  name: 'archive',
  pages(site) {
    return paginate(site, {
      kind: 'archive',
      base: 'archive/',
      template: 'archive',
      editions: site.editions,
    });
  },
};
