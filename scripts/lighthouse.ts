/**
 * Lighthouse (12.2.3) against every page kind, and the search page as it
 * opens and showing results, in the Chromium the browser tests use. A
 * benchmark, not a gate: it prints the four category scores and, for any
 * score under 100, the audits that cost points.
 *   npm run lighthouse                  mobile (Lighthouse's default: Moto G Power, slow 4G)
 *   npm run lighthouse -- --desktop     desktop preset
 * Full JSON reports go to .cache/lighthouse/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { launchChromiumWithDebuggingPort } from '../tests/helpers/chromium.mjs';
import { serveSeedSite } from '../tests/helpers/served-site.js';
import { PAGE_KINDS } from '../tests/browser/page-kinds.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
] as const;
/**
 * The page kinds, and the search page (not a page kind of the other browser tests, which check it in
 * tests/browser/search.test.ts): empty, and with the results of a word from the seed edition's body, searched
 * in the page as it loads (Pagefind's program, WebAssembly and index included).
 */
const PAGES = [...PAGE_KINDS, { kind: 'search', path: 'search/' }, { kind: 'search+q', path: 'search/?q=refinery' }];
const desktop = process.argv.includes('--desktop');
const reportDir = join('.cache', 'lighthouse');

const served = await serveSeedSite();
// Lighthouse connects by port and opens its own tab; closing the browser removes its temporary profile.
const chrome = await launchChromiumWithDebuggingPort();
const rows: string[] = [];
const reasons: string[] = [];
/** Error message → ids of the audits that failed with it, over all page kinds. */
const errored = new Map<string, Set<string>>();
try {
  await mkdir(reportDir, { recursive: true });
  for (const { kind, path } of PAGES) {
    const runner = await lighthouse(
      served.url(path),
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
      desktop ? desktopConfig : undefined,
    );
    if (!runner) throw new Error(`Lighthouse returned no result for ${kind}`);
    const { lhr } = runner;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${kind}: ${lhr.runtimeError.message}`);
    await writeFile(join(reportDir, `${kind}${desktop ? '-desktop' : ''}.json`), JSON.stringify(lhr, null, 1));
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ');
    rows.push(`${kind.padEnd(12)}${scores.map((s) => String(s).padStart(16)).join('')}   ${metrics}`);
    for (const id of CATEGORIES) reasons.push(...lostPoints(kind, lhr, id));
    for (const audit of Object.values(lhr.audits)) {
      if (audit.scoreDisplayMode !== 'error') continue;
      const ids = errored.get(audit.errorMessage ?? 'error') ?? new Set<string>();
      errored.set(audit.errorMessage ?? 'error', ids.add(audit.id));
    }
  }
} finally {
  await chrome.browser.close();
  await served.close();
}

console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} scores (reports in ${reportDir}/)\n`);
console.log(`${'page kind'.padEnd(12)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
for (const row of rows) console.log(row);
if (reasons.length > 0) console.log(`\nWhere points were lost:\n${reasons.join('\n')}`);
// Unscored diagnostics Lighthouse itself failed to compute. With Debian's Chromium 156, Lighthouse
// 12.2.3's trace engine cannot read the screenshot events ('frame_sequence'); the four scores and
// the metrics they come from are unaffected.
for (const [message, ids] of errored) console.log(`\nNot scored, Lighthouse could not run ${[...ids].sort().join(', ')}:\n  ${message}`);

/** The weighted audits of a category that did not score full marks. */
function lostPoints(kind: string, lhr: Result, id: string): string[] {
  const category = lhr.categories[id];
  if (!category || category.score === 1) return [];
  return category.auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => {
      const audit = lhr.audits[ref.id]!;
      return `  ${kind} / ${id}: ${audit.title} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`;
    });
}
