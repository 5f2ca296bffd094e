/**
 * Every page kind the browser tests, the weight budget and Lighthouse check,
 * with its path in the seed site built from content/. Adding a page kind is
 * one line here.
 */
export interface PageKind {
  /** A name for reports and test titles. */
  kind: string;
  /** The page's path under public/ as a URL path, without a leading slash. */
  path: string;
}

export const PAGE_KINDS: PageKind[] = [
  { kind: 'edition', path: '2024/03/12/punching-back/' },
  { kind: 'home', path: '' },
  { kind: 'archive', path: 'archive/' },
  { kind: 'tag', path: 'tags/ukraine/' },
  { kind: 'topics', path: 'tags/' },
  { kind: '404', path: '404.html' },
];

/** The page most tests look at closely: a full edition with audio, copy link and offer. */
export const EDITION = PAGE_KINDS[0]!;
