/**
 * How the search index is cut: one Pagefind index per year of editions,
 * which the search page merges. An edition added or corrected re-indexes its
 * year only (a few hundred editions for a daily), never the archive; a build
 * where no edition changed runs no indexer at all.
 *
 * The newest year's index is the primary one: its folder also holds the
 * search program (pagefind.js, its worker and WebAssembly), which the other
 * years' indexes share, so a site carries the program once.
 */
import type { RenderedEdition } from '../../model/index.js';

/** Where the index files live: their own top folder, so one hosting rule covers them (hosting.ts). */
export const SEARCH_INDEX_FOLDER = 'pagefind/';

/** Where the search page lives. */
export const SEARCH_PAGE_URL = 'search/';

export interface SearchShard {
  /** "2024": every edition dated in that year (in its own offset, as its permalink says). */
  year: string;
  /** Site-relative folder of its Pagefind bundle, e.g. "pagefind/2024/". */
  folder: string;
  /** The newest year's: its folder carries the search program too. */
  primary: boolean;
  /** Newest first, as the site lists them. */
  editions: RenderedEdition[];
}

/** The shards of the published editions (newest first, as `editions` is), newest year first. */
export function searchShards(editions: readonly RenderedEdition[]): SearchShard[] {
  const byYear = new Map<string, RenderedEdition[]>();
  for (const edition of editions) {
    const list = byYear.get(edition.date.year);
    if (list) list.push(edition);
    else byYear.set(edition.date.year, [edition]);
  }
  return [...byYear.keys()]
    .sort((a, b) => Number(b) - Number(a))
    .map((year, index) => ({ year, folder: `${SEARCH_INDEX_FOLDER}${year}/`, primary: index === 0, editions: byYear.get(year)! }));
}
