/**
 * Issue 14 in Chromium: the search page of a site with editions in three
 * years (three Pagefind indexes, merged by the page) and in three languages,
 * served with its _headers at the root and under a subpath. Queries are typed
 * into the page as a reader types them; what is checked is what the page then
 * shows (results, their links and order, the status it announces), that each
 * result's page exists, that the page breaks no rule of its policy and has no
 * axe violation, and what the form does without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/chromium.mjs';
import { parseCsp } from '../helpers/hosting-files.js';
import { parseHtml } from '../helpers/html.js';
import { serveProject, type ServedSite } from '../helpers/served-site.js';
import { edition, makeProject, SITE_YML_WITH_SEARCH, siteFiles } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

interface Fixture {
  file: string;
  headline: string;
  date: string;
  body: string;
  language?: string;
  tags?: string[];
}

/** Permalink of a fixture edition: its date and the rest of its file name. */
const permalink = ({ file }: Fixture) => file.replace(/^(\d{4})-(\d{2})-(\d{2})-(.*)$/, '$1/$2/$3/$4/');

/** Twelve editions about the harbour, four a year: more than one page of results (ten). */
const HARBOUR: Fixture[] = [
  ['2022-02-10', 'Tugboat Strike', ['Shipping']],
  ['2022-05-14', 'Grain Ships Wait', ['Shipping']],
  ['2022-08-20', 'Dock Workers Vote', []],
  ['2022-11-03', 'Gas Terminal Opens', ['Energy']],
  ['2023-01-15', 'Ice in the Bay', []],
  ['2023-04-22', 'Container Backlog', ['Shipping']],
  ['2023-07-09', 'Wind Farm Cables', ['Energy']],
  ['2023-10-30', 'Ferry Timetable', []],
  ['2024-02-05', 'Dredging Plan', []],
  ['2024-06-18', 'Solar Quay', ['Energy']],
  ['2024-09-12', 'Cruise Season', []],
  ['2024-12-01', 'Night Pilots', ['Shipping']],
].map(([date, headline, tags]) => ({
  file: `${date}-${(headline as string).toLowerCase().replace(/ /g, '-')}`,
  date: date as string,
  headline: headline as string,
  tags: tags as string[],
  body: `The harbour authority reported on ${(headline as string).toLowerCase()} today.\n\nEverything else was quiet.\n`,
}));

const ZEPPELIN: Fixture = {
  file: '2023-03-03-airship-revival',
  date: '2023-03-03',
  headline: 'Airship Revival',
  body: 'A zeppelin carried freight across the Alps for the first time in ninety years.\n',
};

const GERMAN: Fixture = {
  file: '2023-06-06-urteil-aus-karlsruhe',
  date: '2023-06-06',
  headline: 'Urteil aus Karlsruhe',
  language: 'de',
  body: 'Das Bundesverfassungsgericht hat am Dienstag entschieden, dass das Gesetz nichtig ist.\n',
};

const ARABIC: Fixture = {
  file: '2024-04-04-fayadanat-darna',
  date: '2024-04-04',
  headline: 'فيضانات درنة',
  language: 'ar',
  body: 'ضربت الفيضانات مدينة درنة في شرق ليبيا بعد انهيار سدين.\n',
};

/** "lighthouse" in the headline and three times in the text of the older; once in passing in the newer. */
const LIGHTHOUSE_OLD: Fixture = {
  file: '2022-03-03-lighthouse-keepers',
  date: '2022-03-03',
  headline: 'Lighthouse Keepers',
  body: 'The last lighthouse keepers retire. Each lighthouse is now automatic, and the lighthouse service closes.\n',
};
const LIGHTHOUSE_NEW: Fixture = {
  file: '2024-10-10-coastal-roundup',
  date: '2024-10-10',
  headline: 'Coastal Roundup',
  body: 'Storms closed two roads, a school reopened, fishing quotas were cut, the ferry ran late, a festival drew crowds, the council met, and a lighthouse was painted.\n',
};

const ALL = [...HARBOUR, ZEPPELIN, GERMAN, ARABIC, LIGHTHOUSE_OLD, LIGHTHOUSE_NEW];
const YEARS = ['2022', '2023', '2024'];
const byHeadline = new Map(ALL.map((fixture) => [fixture.headline, fixture]));
const headlines = (fixtures: Fixture[]) => fixtures.map((fixture) => fixture.headline);
const tagged = (tag: string) => ALL.filter((fixture) => fixture.tags?.includes(tag));

function projectFiles(url: string): Record<string, string | Buffer> {
  const files: Record<string, string> = { 'content/site.yml': SITE_YML_WITH_SEARCH.replace('https://news.example.org/', url) };
  for (const fixture of ALL) {
    const fields: Record<string, string> = { headline: fixture.headline, date: fixture.date };
    if (fixture.language) fields.language = fixture.language;
    if (fixture.tags?.length) fields.tags = `[${fixture.tags.join(', ')}]`;
    files[`content/editions/${fixture.file}.md`] = edition(fields, fixture.body);
  }
  return siteFiles(files);
}

/**
 * Runs before the page's own scripts: records every Content-Security-Policy
 * violation (as tests/browser/content-security-policy.test.ts does), every
 * text the search status takes, in order, as a screen reader is told it, and
 * every layout shift not caused by the reader's own input.
 */
const WATCH = `{
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline'));
  }, true);
  window.__statuses = [];
  let last = null;
  new MutationObserver(() => {
    const status = document.querySelector('[data-search-status]');
    if (status && status.textContent !== last) window.__statuses.push((last = status.textContent));
  }).observe(document, { childList: true, subtree: true, characterData: true });
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push(entry.sources.map((source) => source.node ? source.node.nodeName + '.' + source.node.className : '?').join(' ') + ' ' + entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}`;

const SEARCHING = 'Searching…';

interface Watched {
  page: Page;
  /** Console errors, page errors, failed requests and responses of 400 or more. */
  problems: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Violations the document reported, and console messages about the policy. */
  violations(): Promise<string[]>;
}

let browser: Browser;

async function openPage(served: ServedSite, path: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Watched> {
  const page = await browser.newPage(options);
  const problems: string[] = [];
  const policy: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) policy.push(`console: ${message.text()}`);
    else if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(WATCH);
  await page.goto(served.url(path), { waitUntil: 'load' });
  return {
    page,
    problems,
    requests,
    async violations() {
      // Reports are queued as tasks: let them arrive.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      const reported = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      return [...reported, ...policy];
    },
  };
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts.slice());

const statuses = (page: Page) => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses.slice());

/**
 * Wait until the search begun after the status had `before` entries has ended: it said "Searching…", then
 * something else (only the latest search ever writes its outcome), and the page's address shows `query`.
 */
async function settled(page: Page, before: number, query: string): Promise<void> {
  await page.waitForFunction(
    ([from, expected, searching]) => {
      const log = (window as unknown as { __statuses: string[] }).__statuses.slice(from as number);
      const started = log.lastIndexOf(searching as string);
      return started !== -1 && started < log.length - 1 && location.search === expected;
    },
    [before, query, SEARCHING] as const,
    { timeout: 20_000 },
  );
}

interface Choice {
  q?: string;
  topic?: string;
  year?: string;
  sort?: 'newest';
}

/** The page's address for a choice: the parameters search.js writes, in its order. */
function queryString(choice: Choice): string {
  const params = new URLSearchParams();
  for (const name of ['q', 'topic', 'year', 'sort'] as const) if (choice[name]) params.set(name, choice[name]);
  return params.size ? `?${params}` : '';
}

/** Set the whole form (fields left out are emptied) without the events a reader's input sends: no search starts. */
async function fillIn(page: Page, choice: Choice): Promise<void> {
  await page.evaluate((values) => {
    const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
    for (const name of ['q', 'topic', 'year', 'sort']) {
      const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (control) control.value = values[name as keyof typeof values] ?? '';
    }
  }, choice);
}

/** Fill the whole form in (no search starts while it is filled), press Enter in the search box, and wait for the outcome. */
async function submit(page: Page, choice: Choice): Promise<void> {
  await fillIn(page, choice);
  const before = (await statuses(page)).length;
  await page.locator('#search-query').press('Enter');
  await settled(page, before, queryString(choice));
}

interface Shown {
  headline: string;
  href: string;
  lang: string | null;
  dir: string | null;
  datetime: string;
  marked: string[];
}

/** The results the page lists, in order. */
async function results(page: Page): Promise<Shown[]> {
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('h2 a')!;
      return {
        headline: link.textContent!,
        href: link.getAttribute('href')!,
        lang: link.getAttribute('lang'),
        dir: link.getAttribute('dir'),
        datetime: item.querySelector('time')!.getAttribute('datetime')!,
        marked: [...item.querySelectorAll('.search-result__excerpt mark')].map((mark) => mark.textContent!),
      };
    }),
  );
}

const statusText = (page: Page) => page.locator('[data-search-status]').textContent();

/**
 * Every result link shown (href → headline): the page it opens is there, and is that edition's (its headline,
 * and its canonical address, the permalink under the site's url).
 */
async function checkLinks(served: ServedSite, page: Page, links: Map<string, string>, siteOrigin: string): Promise<void> {
  expect(links.size).toBe(ALL.length);
  for (const [href, headline] of links) {
    const response = await page.request.get(new URL(href, served.origin).href);
    expect(response.status(), href).toBe(200);
    const doc = parseHtml(await response.text());
    expect(doc.text('h1'), href).toBe(headline);
    expect(doc.attr('link[rel="canonical"]', 'href'), href).toBe(new URL(href, siteOrigin).href);
    expect(href.endsWith(permalink(byHeadline.get(headline)!)), href).toBe(true);
  }
}

const roots: string[] = [];
let atRoot: ServedSite;
let atSubpath: ServedSite;

beforeAll(async () => {
  const [rootProject, subpathProject] = await Promise.all([makeProject(projectFiles('https://news.example.org/')), makeProject(projectFiles('https://example.org/brief/'))]);
  roots.push(rootProject, subpathProject);
  // One build at a time: each runs its own Pagefind.
  atRoot = await serveProject(rootProject);
  atSubpath = await serveProject(subpathProject, { atBasePath: true });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await atRoot?.close();
  await atSubpath?.close();
  for (const root of roots) await removeTemp(root);
});

describe('the search page at the root of the site', () => {
  let watched: Watched;
  /** href → headline of every result shown, checked against the pages in the last test. */
  const links = new Map<string, string>();
  const remember = (shown: Shown[]) => {
    for (const result of shown) links.set(result.href, result.headline);
    return shown;
  };

  beforeAll(async () => {
    watched = await openPage(atRoot, 'search/');
  });

  afterAll(async () => {
    await watched?.page.close();
  });

  it('should find the one English edition with a word of its body, load every year\'s index, and announce the count', async () => {
    const { page, requests } = watched;
    // Nothing of Pagefind is loaded until the first search, and the filters the script shows moved nothing.
    expect(requests.filter((url) => new URL(url).pathname.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.locator('select[name="year"]').isVisible()).toBe(true);
    expect(await shifts(page)).toEqual([]);
    await submit(page, { q: 'zeppelin' });
    const shown = remember(await results(page));
    expect(shown.map(({ headline, href }) => ({ headline, href }))).toEqual([{ headline: ZEPPELIN.headline, href: `/${permalink(ZEPPELIN)}` }]);
    expect(shown[0]!.marked.map((word) => word.toLowerCase())).toEqual(['zeppelin']);
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
    expect(await statusText(page)).toBe('1 result for “zeppelin”');
    // The program from the newest year's folder, and an index from each year's.
    const fetched = requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/pagefind/'));
    expect(fetched).toContain('/pagefind/2024/pagefind.js');
    expect(new Set(fetched.map((path) => path.split('/')[2]))).toEqual(new Set(YEARS));
    for (const year of YEARS) expect(fetched).toContain(`/pagefind/${year}/pagefind-entry.json`);
  });

  it('should find the German edition by the full compound word typed in the box, marked as German', async () => {
    const { page } = watched;
    await page.locator('#search-query').fill('');
    const before = (await statuses(page)).length;
    // Typed key by key; the search starts when the typing pauses.
    await page.locator('#search-query').pressSequentially('Bundesverfassungsgericht');
    await settled(page, before, '?q=Bundesverfassungsgericht');
    const shown = remember(await results(page));
    expect(shown.map(({ headline, href, lang }) => ({ headline, href, lang }))).toEqual([{ headline: GERMAN.headline, href: `/${permalink(GERMAN)}`, lang: 'de' }]);
    expect(shown[0]!.marked).toEqual(['Bundesverfassungsgericht']);
    expect(await statusText(page)).toBe('1 result for “Bundesverfassungsgericht”');
  });

  it('should find the Arabic edition by an Arabic word of its body, right to left', async () => {
    const { page } = watched;
    await submit(page, { q: 'الفيضانات' });
    const shown = remember(await results(page));
    expect(shown.map(({ headline, href, lang, dir }) => ({ headline, href, lang, dir }))).toEqual([
      { headline: ARABIC.headline, href: `/${permalink(ARABIC)}`, lang: 'ar', dir: 'rtl' },
    ]);
    expect(shown[0]!.marked).toEqual(['الفيضانات']);
  });

  it('should say so when nothing matches', async () => {
    const { page } = watched;
    await submit(page, { q: 'xylophone' });
    expect(await results(page)).toEqual([]);
    expect(await statusText(page)).toBe('No edition matches “xylophone”.');
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
  });

  it('should rank by relevance unless newest first is chosen', async () => {
    const { page } = watched;
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('');
    await submit(page, { q: 'lighthouse' });
    expect(remember(await results(page)).map((r) => r.headline)).toEqual(headlines([LIGHTHOUSE_OLD, LIGHTHOUSE_NEW]));
    await submit(page, { q: 'lighthouse', sort: 'newest' });
    expect(remember(await results(page)).map((r) => r.headline)).toEqual(headlines([LIGHTHOUSE_NEW, LIGHTHOUSE_OLD]));
  });

  it('should list newest first across the years, ten at a time, and move the focus to the first new result on "Show more"', async () => {
    const { page } = watched;
    await submit(page, { q: 'harbour', sort: 'newest' });
    expect(await statusText(page)).toBe('12 results for “harbour”');
    const newestFirst = [...HARBOUR].sort((a, b) => b.date.localeCompare(a.date));
    const first = await results(page);
    expect(first.map((r) => r.headline)).toEqual(headlines(newestFirst.slice(0, 10)));
    const more = page.getByRole('button', { name: 'Show more results' });
    expect(await more.isVisible()).toBe(true);
    // By keyboard, as a reader who cannot point would.
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const items = document.querySelectorAll('[data-search-results] > li');
      return items.length === 12 && document.activeElement === items[10]!.querySelector('a');
    });
    const all = remember(await results(page));
    expect(all.map((r) => r.headline)).toEqual(headlines(newestFirst));
    expect(all.map((r) => r.datetime.slice(0, 10))).toEqual(newestFirst.map((fixture) => fixture.date));
    expect(await more.isVisible()).toBe(false);
  });

  it('should narrow the results to a topic, with and without words, by the topic list', async () => {
    const { page } = watched;
    await fillIn(page, {});
    const before = (await statuses(page)).length;
    // Choosing a topic searches at once, words or none.
    await page.locator('select[name="topic"]').selectOption({ label: 'Energy' });
    await settled(page, before, '?topic=energy');
    expect(new Set(remember(await results(page)).map((r) => r.headline))).toEqual(new Set(headlines(tagged('Energy'))));
    expect(await statusText(page)).toBe('3 editions match');
    await submit(page, { q: 'harbour', topic: 'shipping' });
    expect(new Set(remember(await results(page)).map((r) => r.headline))).toEqual(new Set(headlines(tagged('Shipping'))));
    expect(await statusText(page)).toBe('4 results for “harbour”');
  });

  it('should narrow the results to a year', async () => {
    const { page } = watched;
    await submit(page, { q: 'harbour', year: '2023' });
    const shown = remember(await results(page));
    expect(new Set(shown.map((r) => r.headline))).toEqual(new Set(headlines(HARBOUR.filter((fixture) => fixture.date.startsWith('2023')))));
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    await submit(page, { q: 'harbour', topic: 'energy', year: '2024', sort: 'newest' });
    expect(remember(await results(page)).map((r) => r.headline)).toEqual(['Solar Quay']);
  });

  it('should have announced every outcome, and caused no error, failed request or policy violation', async () => {
    const { page, problems, violations } = watched;
    const said = await statuses(page);
    expect(said.filter((text) => text === SEARCHING).length).toBeGreaterThanOrEqual(10);
    expect(said).toContain('12 results for “harbour”');
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
    // The policy the page ran under: every page's, and the search page's own, which alone allows WebAssembly.
    const policies = parseCsp((await page.request.get(atRoot.url('search/'))).headers()['content-security-policy'] ?? '');
    expect(policies).toHaveLength(2);
    for (const policy of policies) expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policies[1]!.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policies[1]!.get('form-action')).toEqual(["'self'", 'https://duckduckgo.com']);
  });

  it('should link every result to its edition\'s page', async () => {
    await checkLinks(atRoot, watched.page, links, 'https://news.example.org');
  });
});

describe('the search page in light and dark', () => {
  it('should have no axe violations with results and filters shown', async () => {
    const { page, problems } = await openPage(atRoot, 'search/');
    await submit(page, { q: 'harbour', sort: 'newest' });
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the search page under a subpath (https://example.org/brief/)', () => {
  it('should search from the header box of the home page, load the index under /brief/pagefind/ and link under /brief/', async () => {
    const { page, problems, requests, violations } = await openPage(atSubpath, '');
    await page.getByRole('searchbox', { name: 'Search The Daily Test' }).fill('harbour');
    await page.getByRole('searchbox', { name: 'Search The Daily Test' }).press('Enter');
    await page.waitForURL(atSubpath.url('search/?q=harbour'));
    // The address's query is searched as the page loads.
    await page.waitForFunction(() => /^12 results/.test(document.querySelector('[data-search-status]')!.textContent!));
    expect(await page.locator('#search-query').inputValue()).toBe('harbour');
    // Filters shown and results added as the page loads, with no input from the reader: nothing in sight moved.
    expect(await shifts(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 12);
    const links = new Map<string, string>();
    for (const result of await results(page)) links.set(result.href, result.headline);
    for (const query of ['zeppelin', 'Bundesverfassungsgericht', 'الفيضانات', 'lighthouse']) {
      await submit(page, { q: query });
      for (const result of await results(page)) links.set(result.href, result.headline);
    }
    for (const href of links.keys()) expect(href.startsWith('/brief/')).toBe(true);
    const fetched = requests.map((url) => new URL(url).pathname).filter((path) => path.includes('pagefind'));
    expect(fetched.length).toBeGreaterThan(0);
    for (const path of fetched) expect(path.startsWith('/brief/pagefind/')).toBe(true);
    for (const year of YEARS) expect(fetched).toContain(`/brief/pagefind/${year}/pagefind-entry.json`);
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
    await checkLinks(atSubpath, page, links, 'https://example.org');
    await page.close();
  });
});

describe('the search page without JavaScript', () => {
  it('should say so, hide the filters, and send the form to DuckDuckGo for this site only', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(atRoot.url('search/'));
      const form = page.getByRole('search').filter({ has: page.locator('#search-query') });
      expect(await form.getAttribute('action')).toBe('https://duckduckgo.com/');
      expect(await form.getAttribute('method')).toBe('get');
      const hidden = form.locator('input[type="hidden"]');
      expect(await hidden.evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]))).toEqual([['sites', 'news.example.org']]);
      expect(await page.locator('.search__note').isVisible()).toBe(true);
      expect(await page.locator('.search__note').textContent()).toBe(
        'Searching this site runs in your browser and needs JavaScript. Without it, this form searches The Daily Test on DuckDuckGo.',
      );
      expect(await page.locator('[data-search-filters]').isVisible()).toBe(false);
      expect(await page.locator('select').evaluateAll((selects) => selects.filter((select) => (select as HTMLSelectElement).offsetParent !== null).length)).toBe(0);
      // Submitted, it asks DuckDuckGo for the words on this host, and nothing else (the answer is made up here: no network).
      await page.route('https://duckduckgo.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'results' }));
      await page.locator('#search-query').fill('harbour');
      await Promise.all([page.waitForURL(/^https:\/\/duckduckgo\.com\//), page.locator('#search-query').press('Enter')]);
      const sent = new URL(page.url());
      expect([...sent.searchParams]).toEqual([
        ['q', 'harbour'],
        ['sites', 'news.example.org'],
      ]);
    } finally {
      await context.close();
    }
  });
});
