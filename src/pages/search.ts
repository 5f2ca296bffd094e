/**
 * search/: the search page. The index itself (pagefind/) is made by
 * src/search/; this page names its parts for templates/assets/search.js,
 * which runs the search in the reader's browser. Without JavaScript the same
 * form goes to a web search restricted to this site (site.yml
 * `search.web_search`), and the page says so.
 */
import type { Message, PagePlugin, SearchSettings, SiteData } from '../model/index.js';
import { SEARCH_PAGE_URL, searchShards } from '../stages/plan/search-shards.js';
import { compareCodeUnits } from '../util/compare.js';
import { listMeta } from './metadata.js';
import { collectTags } from './tags.js';

/** The search page's script, in templates/assets/: copied into a site only with search. */
export const SEARCH_SCRIPT = 'search.js';

/** The web searches a form can go to without JavaScript, and how each is told to stay on one site. */
const WEB_SEARCH = {
  duckduckgo: { name: 'DuckDuckGo', action: 'https://duckduckgo.com/', field: 'sites', scope: (url: URL) => url.host },
  google: { name: 'Google', action: 'https://www.google.com/search', field: 'as_sitesearch', scope: (url: URL) => `${url.host}${url.pathname}`.replace(/\/+$/, '') },
} as const;

/** The web search of the settings, or undefined for none: the origin the search page's policy lets its form go to. */
export function webSearchOrigin(settings: SearchSettings): string | undefined {
  return settings.webSearch === 'none' ? undefined : new URL(WEB_SEARCH[settings.webSearch].action).origin;
}

/** The words search.js writes while it runs, as the site's catalogue has them (plural forms included). */
const SCRIPT_MESSAGES = ['search.results', 'search.matches', 'search.none', 'search.searching', 'search.error'] as const;

function webSearchView(site: SiteData, settings: SearchSettings) {
  if (settings.webSearch === 'none') return null;
  const engine = WEB_SEARCH[settings.webSearch];
  return { name: engine.name, action: engine.action, field: engine.field, scope: engine.scope(new URL(site.config.url)) };
}

export const searchPage: PagePlugin = {
  name: 'search',
  pages(site) {
    const settings = site.config.search;
    if (!settings) return [];
    const shards = searchShards(site.editions);
    const topics = collectTags(site)
      .map((tag) => ({ name: tag.name, slug: tag.slug }));
    // Alphabetical in the site language, the same on every machine.
    const collator = new Intl.Collator(site.config.language);
    topics.sort((a, b) => collator.compare(a.name, b.name) || compareCodeUnits(a.slug, b.slug));
    const years = shards.map((shard) => shard.year);
    const messages: Record<string, Message> = Object.fromEntries(SCRIPT_MESSAGES.map((key) => [key.slice('search.'.length), site.strings[key]!]));
    return [
      {
        kind: 'search',
        url: SEARCH_PAGE_URL,
        path: `${SEARCH_PAGE_URL}index.html`,
        template: 'search',
        sources: [],
        // As the topics page: the site changes with its newest edition.
        lastmod: site.editions[0] ? (site.editions[0].updated ?? site.editions[0].date).iso : undefined,
        // Besides settings, the data is the years (one index each) and the topics to filter by.
        key: JSON.stringify([years, topics]),
        data: () => ({
          // Indexable, as every list page is (it is in the sitemap): its canonical address is search/ itself, so
          // the addresses of searches (search/?q=…) are not indexed apart from it.
          meta: listMeta(site, { url: SEARCH_PAGE_URL }),
          search: {
            // The newest year's index carries the search program; the others are merged into it.
            bundle: shards[0]?.folder ?? null,
            indexes: shards.slice(1).map((shard) => shard.folder),
            years,
            topics,
            web: webSearchView(site, settings),
            messages: JSON.stringify(messages),
          },
        }),
      },
    ];
  },
};
