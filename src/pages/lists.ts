/** Shared by every page that lists editions: pagination and grouping by year and month. */
import type { Page, RenderedEdition, SiteData } from '../model/index.js';
import { editionLink, type EditionLink } from './edition-view.js';
import { formatMonth } from '../util/dates.js';
import { listMeta } from './metadata.js';

export interface MonthGroup {
  /** "2024-03", for ids. */
  key: string;
  /** "March 2024" in the site language. */
  label: string;
  editions: EditionLink[];
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
}

/** Editions (already newest first) grouped by year, then month, in the site language and time zone. */
export function groupByMonth(editions: readonly RenderedEdition[], site: SiteData): YearGroup[] {
  const years: YearGroup[] = [];
  for (const edition of editions) {
    const { year, month } = edition.date;
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) years.push((yearGroup = { year, months: [] }));
    const key = `${year}-${month}`;
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.key !== key) {
      monthGroup = { key, label: formatMonth(year, month, site.config.language), editions: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.editions.push(editionLink(edition, site.config));
  }
  return years;
}

/** The URL of numbered page `number` of a list at `base` ("archive/"). */
export function pageUrl(base: string, number: number): string {
  return `${base}page/${number}/`;
}

const linkKeys = new WeakMap<RenderedEdition, string>();

/**
 * What a list page's content depends on, cheaper than its data: what its links
 * show of each edition. Made once per edition: each is on four or five lists.
 */
export function linkKey(edition: RenderedEdition): string {
  let key = linkKeys.get(edition);
  if (key === undefined) linkKeys.set(edition, (key = `${edition.url}\n${edition.headline}\n${edition.date.iso}\n${edition.language ?? ''}`));
  return key;
}

/**
 * Paginated list pages with stable URLs. Pages are counted from the oldest
 * edition: page 1 holds the first `page_size` editions ever published and
 * keeps them forever, so a link to archive/page/12/ shows tomorrow what it
 * shows today, and a new edition changes only the list's first page
 * (`base`, the newest editions, up to a page of them) instead of moving every
 * edition down a page. Each edition appears on exactly one page.
 */
export function paginate(
  site: SiteData,
  list: { kind: string; base: string; template: string; editions: readonly RenderedEdition[]; data?: Record<string, unknown> },
): Page[] {
  const size = site.config.pageSize;
  const count = list.editions.length;
  // `latest` is the newest page, at the list's own URL; numbered pages 1…latest-1 are full.
  const latest = Math.max(1, Math.ceil(count / size));
  const urlOf = (number: number) => (number === latest ? list.base : pageUrl(list.base, number));
  const pages: Page[] = [];
  for (let number = latest; number >= 1; number--) {
    // Newest first: the newest page holds what is left over above the full pages.
    const end = count - (number - 1) * size;
    const chunk = list.editions.slice(Math.max(0, end - size), end);
    const url = urlOf(number);
    const isLatest = number === latest;
    // The template writes the title ("Archive, page 3"): the newest page has no number in it.
    const pageNumber = isLatest ? null : number;
    const pagination = {
      current: number,
      previous: number < latest ? urlOf(number + 1) : null,
      next: number > 1 ? urlOf(number - 1) : null,
      pages: [
        ...pageWindow(number, latest - 1).map((n) =>
          n === null ? { gap: true } : { label: String(n), url: pageUrl(list.base, n), current: n === number, gap: false, latest: false },
        ),
        // The link to the list's own URL, which the template labels.
        { url: list.base, current: isLatest, gap: false, latest: true },
      ],
    };
    // Only the newest page shows the total: the others stay as they are when an edition is added.
    const shownCount = isLatest ? count : null;
    pages.push({
      kind: list.kind,
      url,
      path: `${url}index.html`,
      template: list.template,
      sources: chunk.map((edition) => edition.file),
      lastmod: chunk[0] ? (chunk[0].updated ?? chunk[0].date).iso : undefined,
      // Everything the data is made from besides settings: the list's own data, its navigation, and its editions' links.
      key: `${JSON.stringify([list.data ?? null, pageNumber, shownCount, pagination])}\0${chunk.map(linkKey).join('\0')}`,
      data: () => ({
        ...list.data,
        page_number: pageNumber,
        meta: listMeta(site, { url }),
        groups: groupByMonth(chunk, site),
        count: shownCount,
        pagination,
      }),
    });
  }
  return pages;
}

/**
 * Numbered pages to link from page `current` when pages 1…`highest` exist:
 * the first, and two either side of the current one, with null where numbers
 * are skipped. Linking all 500 pages of a 10,000-edition archive from each of
 * them would make every archive page heavy, and linking the highest would
 * change every page whenever a page is added.
 */
export function pageWindow(current: number, highest: number): (number | null)[] {
  const shown = new Set<number>(highest >= 1 ? [1] : []);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= highest) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) result.push(null);
    result.push(n);
  });
  return result;
}
