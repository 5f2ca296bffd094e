/**
 * The typography torture site (tests/fixtures/sites/typography-torture/): unbreakable German
 * compounds, 200-character addresses, emoji and Arabic mixed with English in every text a
 * reader sees, with two editions a page so that lists have more than one page.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from './site.js';
import { tempDir } from './temp.js';

export const TORTURE_SITE = join(REPO, 'tests/fixtures/sites/typography-torture');
/** Its `url` in site.yml: media in the pages are linked there. */
export const TORTURE_URL = 'https://torture.example.org/';

/** Each page kind of the built site, with its path under public/ (no leading slash). */
export const TORTURE_PAGES = [
  // Every block an edition can hold; both neighbours have long headlines.
  { kind: 'edition', path: '2024/03/10/bundesrat/' },
  { kind: 'edition with emoji', path: '2024/03/09/emoji/' },
  { kind: 'edition in Arabic and English', path: '2024/03/11/arabic/' },
  { kind: 'home', path: '' },
  { kind: 'archive', path: 'archive/' },
  // Pages are counted from the oldest: page 1 is the last one a reader reaches, with Newer and numbers.
  { kind: 'archive page 1', path: 'archive/page/1/' },
  { kind: 'tag', path: 'tags/rindfleischetikettierungsuberwachungsaufgabenubertragungsges/page/2/' },
  { kind: 'topics', path: 'tags/' },
  // A missing address, deep, as readers meet the 404 page.
  { kind: '404', path: 'no/such/edition/of/rindfleischetikettierungsueberwachungsaufgabenuebertragungsgesetz/' },
] as const;

/** Copy the fixture into a temp project folder and return its root (remove it with removeTemp()). */
export async function tortureProject(): Promise<string> {
  const root = tempDir('edition-torture-');
  await cp(TORTURE_SITE, root, { recursive: true });
  return root;
}
