/**
 * A small page at each former address of an edition (front matter `aliases`)
 * that sends readers on to its permalink, for hosts that read no _redirects
 * file: a meta refresh, a canonical link and a visible link, kept out of
 * search results, sitemaps and feeds.
 */
import type { Page, PagePlugin } from '../model/index.js';
import { REDIRECT_KIND } from '../stages/plan/check-aliases.js';
import { aliasOutputPath } from '../util/alias-paths.js';
import { absolute } from './absolute-url.js';
import { textLanguage } from './text-language.js';

export const redirectPages: PagePlugin = {
  name: REDIRECT_KIND,
  pages(site) {
    return site.editions.flatMap((edition) =>
      (edition.aliases ?? []).map(
        (alias): Page => ({
          kind: REDIRECT_KIND,
          url: alias.path,
          path: aliasOutputPath(alias.path),
          template: 'redirect',
          sources: [edition.file],
          // Served at the old address, whatever its depth, so links are root-relative under the base path.
          absoluteLinks: true,
          key: `${edition.url}\0${edition.headline}\0${edition.language ?? ''}`,
          data: () => ({
            target: { url: edition.url, canonical: absolute(site, edition.url), headline: edition.headline, ...textLanguage(edition.language, site.config) },
          }),
        }),
      ),
    );
  },
};
