/** A paginated page per tag, and an index of all tags. */
import type { Page, PagePlugin, RenderedEdition, SiteData } from '../model/index.js';
import { slugifyTag } from '../util/slug.js';
import { compareCodeUnits } from '../util/compare.js';
import { listMeta } from './metadata.js';
import { paginate } from './lists.js';

interface Tag {
  name: string;
  slug: string;
  editions: RenderedEdition[];
}

/**
 * Tags by slug; "Energy" and "energy" are one tag, named as first written in
 * the newest edition. In order of first appearance; the index page sorts them.
 */
export function collectTags(site: SiteData): Tag[] {
  const tags = new Map<string, Tag>();
  for (const edition of site.editions) {
    for (const name of edition.tags) {
      const slug = slugifyTag(name);
      const tag = tags.get(slug) ?? { name, slug, editions: [] };
      if (tag.editions.at(-1) !== edition) tag.editions.push(edition);
      tags.set(slug, tag);
    }
  }
  return [...tags.values()];
}

/** Alphabetical in the site language, the same on every machine (not in the machine's own locale). */
function alphabetical(tags: readonly Tag[], language: string): Tag[] {
  const collator = new Intl.Collator(language);
  return [...tags].sort((a, b) => collator.compare(a.slug, b.slug) || compareCodeUnits(a.slug, b.slug));
}

export const tagPages: PagePlugin = {
  name: 'tags',
  pages(site) {
    const tags = collectTags(site);
    if (tags.length === 0) return [];
    const index: Page = {
      kind: 'tags',
      url: 'tags/',
      path: 'tags/index.html',
      template: 'tags',
      sources: [],
      lastmod: site.editions[0] ? (site.editions[0].updated ?? site.editions[0].date).iso : undefined,
      // Besides settings, the data is each tag's slug, name and count.
      key: tags.map((tag) => `${tag.slug}\n${tag.name}\n${tag.editions.length}`).join('\0'),
      data: () => ({
        meta: listMeta(site, { url: 'tags/' }),
        tags: alphabetical(tags, site.config.language).map((tag) => ({ name: tag.name, url: `tags/${tag.slug}/`, count: tag.editions.length })),
      }),
    };
    const perTag = tags.flatMap((tag) =>
      paginate(site, {
        kind: 'tag',
        base: `tags/${tag.slug}/`,
        template: 'tag',
        editions: tag.editions,
        data: { tag: { name: tag.name, slug: tag.slug } },
      }),
    );
    return [index, ...perTag];
  },
};
