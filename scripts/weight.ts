/**
 * The weight budget: HTML + CSS + JS of each page kind, compressed, against
 * 30 KB (audio and images excluded). Builds content/ into a temp folder,
 * loads each page in Chromium and weighs every response.
 *   npm run weight        exits 1 when a page kind is over budget
 * The search page is weighed too, as it opens and with the results of a
 * first search (Pagefind's program, its WebAssembly and the index it reads):
 * recorded, not held to the budget (issue 14).
 */
import { launchChromium } from '../tests/helpers/chromium.mjs';
import { BUDGET_BYTES, measurePage } from '../tests/helpers/page-weight.js';
import { serveSeedSite } from '../tests/helpers/served-site.js';
import { PAGE_KINDS } from '../tests/browser/page-kinds.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text: string, width: number) => text.padStart(width);

/** Weighed and printed, never over budget. */
const SEARCH_PAGES = [
  { kind: 'search', path: 'search/' },
  { kind: 'search+q', path: 'search/?q=refinery' },
];

const served = await serveSeedSite();
const browser = await launchChromium();
let over = 0;
try {
  console.log(`Budget per page: ${kb(BUDGET_BYTES)} compressed (HTML + CSS + JS; audio and images excluded)\n`);
  console.log(`${'page kind'.padEnd(12)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}  files`);
  for (const { kind, path } of [...PAGE_KINDS, ...SEARCH_PAGES]) {
    const weight = await measurePage(browser, served.url(path));
    const budgeted = !SEARCH_PAGES.some((page) => page.kind === kind);
    const within = !budgeted || weight.gzip <= BUDGET_BYTES;
    if (!within) over++;
    const files = weight.resources.map((r) => `${r.type} ${r.gzip} B`).join(', ');
    const note = !budgeted ? '  (recorded, no budget)' : within ? '' : '  OVER BUDGET';
    console.log(`${kind.padEnd(12)}${pad(kb(weight.raw), 10)}${pad(kb(weight.gzip), 10)}${pad(kb(weight.brotli), 10)}  ${files}${note}`);
  }
} finally {
  await browser.close();
  await served.close();
}
if (over > 0) {
  console.error(`\n${over} page kind(s) over the ${kb(BUDGET_BYTES)} budget.`);
  process.exitCode = 1;
}
