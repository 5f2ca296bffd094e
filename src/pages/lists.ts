/** Shared by every page that lists editions: pagination and grouping by year and month. */
import type { Page, RenderedEdition } from '../model.js';
import { editionLink, type EditionLink } from './edition-view.js';
import { listMeta } from './metadata.js';
import type { SiteData } from './site-data.js';

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
  const monthName = new Intl.DateTimeFormat(site.config.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const years: YearGroup[] = [];
  for (const edition of editions) {
    const { year, month } = edition.date;
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) years.push((yearGroup = { year, months: [] }));
    const key = `${year}-${month}`;
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.key !== key) {
      monthGroup = { key, label: monthName.format(Date.UTC(Number(year), Number(month) - 1, 1)), editions: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.editions.push(editionLink(edition, site.config));
  }
  return years;
}

/** The URL of page `number` (1-based) of a paginated list at `base` ("archive/"). */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/**
 * Paginated list pages: `base`, `base`page/2/, … with at least one page even
 * when there is nothing to list. Page 1 keeps the list's own URL forever.
 */
export function paginate(
  site: SiteData,
  list: { kind: string; base: string; template: string; title: string; description: string; editions: readonly RenderedEdition[]; data?: Record<string, unknown> },
): Page[] {
  const size = site.config.pageSize;
  const total = Math.max(1, Math.ceil(list.editions.length / size));
  const pages: Page[] = [];
  for (let number = 1; number <= total; number++) {
    const chunk = list.editions.slice((number - 1) * size, number * size);
    const url = pageUrl(list.base, number);
    const title = number === 1 ? list.title : `${list.title}, page ${number}`;
    pages.push({
      kind: list.kind,
      url,
      path: `${url}index.html`,
      template: list.template,
      sources: chunk.map((edition) => edition.file),
      lastmod: chunk[0] ? (chunk[0].updated ?? chunk[0].date).iso : undefined,
      // What the data is made from: the list's own words, its position, and the editions it shows.
      key: JSON.stringify([list.title, list.description, list.data ?? null, number, total, list.editions.length, chunk.map((e) => e.contentKey)]),
      data: () => ({
        ...list.data,
        title,
        meta: listMeta(site, { title, description: list.description, url }),
        groups: groupByMonth(chunk, site),
        count: list.editions.length,
        pagination: {
          current: number,
          total,
          previous: number > 1 ? pageUrl(list.base, number - 1) : null,
          next: number < total ? pageUrl(list.base, number + 1) : null,
          pages: pageWindow(number, total).map((n) => (n === null ? { gap: true } : { number: n, url: pageUrl(list.base, n), gap: false })),
        },
      }),
    });
  }
  return pages;
}

/**
 * Page numbers to link from page `current` of `total`: the first and last, and
 * two either side of the current one, with null where numbers are skipped.
 * Linking all 500 pages of a 10,000-edition archive from each of them would
 * make every archive page heavy to send and slow to build.
 */
export function pageWindow(current: number, total: number): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= total) shown.add(n);
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
