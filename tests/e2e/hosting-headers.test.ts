/**
 * _headers as Netlify and Cloudflare Pages read it: parsed, matched against
 * the address of every file the build wrote, and checked per page kind and
 * per kind of file, at the root of a domain and under a subpath. The pages
 * are also checked against their policy without a browser (the browser
 * check is tests/browser/content-security-policy.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, parseHtml } from '../helpers/html.js';
import { headersFor, matchingRules, parseCsp, parseHeadersFile, type HeaderRule } from '../helpers/hosting-files.js';
import { publicationFiles, publishedNewestFirst } from '../helpers/publication.js';
import { buildProject, makeProject, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

const LOCKED = { 'default-src': ["'none'"], 'object-src': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"], 'frame-ancestors': ["'none'"] };
/** What a list page loads: the stylesheet, the copy-link script and the icon, from assets/; its search box goes to search/. */
const LIST_POLICY = { ...LOCKED, 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'"], 'form-action': ["'self'"] };
/** An edition in full adds the narration and images from any https site. */
const READING_POLICY = { ...LIST_POLICY, 'img-src': ["'self'", 'https:'], 'media-src': ["'self'"] };

const published = publishedNewestFirst();
let root: string;
let site: BuiltSite;
let rules: HeaderRule[];

beforeAll(async () => {
  root = await makeProject(publicationFiles());
  site = await buildProject(root);
  rules = parseHeadersFile(await site.read('_headers'));
});
afterAll(() => removeTemp(root));

/** Every file written, as site-relative paths. */
function outputFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The addresses a file is requested at: a page at its folder and its file. */
const addresses = (base: string, file: string) => (file.endsWith('index.html') ? [`${base}${file.slice(0, -'index.html'.length)}`, `${base}${file}`] : [`${base}${file}`]);

/** The rules that set `header` for `path`. */
const setting = (path: string, header: string) => matchingRules(rules, path).filter((rule) => rule.headers.some(([name]) => name.toLowerCase() === header));

/** The page kind's own policy: the one from the rule that is not the rule for every path. */
function ownPolicy(path: string): Record<string, string[]> {
  const own = setting(path, 'content-security-policy').filter((rule) => rule.pattern !== '/*');
  expect(own.map((rule) => rule.pattern), path).toHaveLength(1);
  const value = own[0]!.headers.find(([name]) => name === 'Content-Security-Policy')![1];
  return Object.fromEntries(parseCsp(value)[0]!);
}

describe('_headers', () => {
  it('should give every file Cache-Control, nosniff and the Referrer-Policy, each from exactly one rule', () => {
    for (const file of outputFiles(site.outDir).filter((f) => !f.startsWith('_'))) {
      for (const path of addresses('/', file)) {
        for (const header of ['cache-control', 'x-content-type-options', 'referrer-policy']) {
          expect(setting(path, header).map((rule) => rule.pattern), `${header} of ${path}`).toHaveLength(1);
        }
      }
    }
  });

  it.each([
    ['edition', `${published[3]!.url}`, READING_POLICY],
    ['home', '', READING_POLICY],
    ['archive', 'archive/', LIST_POLICY],
    ['archive page', 'archive/page/2/', LIST_POLICY],
    ['topics', 'tags/', LIST_POLICY],
    ['tag', 'tags/energy/', LIST_POLICY],
    ['404', '404.html', LIST_POLICY],
  ])('should send the %s page no-cache and its kind\'s policy, under one every page allows', (_kind, url, policy) => {
    for (const path of addresses('/', url.endsWith('.html') ? url : `${url}index.html`)) {
      const headers = headersFor(rules, path);
      expect(headers.get('cache-control'), path).toBe('no-cache');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(ownPolicy(path), path).toEqual(policy);
      // Both policies are enforced: the one for every path must allow all the page's own allows.
      const every = parseCsp(headers.get('content-security-policy')!)[0]!;
      for (const [directive, sources] of Object.entries(policy)) {
        if (sources.join() !== "'none'") expect(every.get(directive), directive).toEqual(expect.arrayContaining(sources));
      }
    }
  });

  it('should give a missing page, served the 404 page, a policy and nosniff from the rule for every path', () => {
    const headers = headersFor(rules, '/no/such/page/');
    expect(parseCsp(headers.get('content-security-policy')!)).toHaveLength(1);
    // What every page kind allows, the search page's WebAssembly, fetches, worker and web search included.
    expect(Object.fromEntries(parseCsp(headers.get('content-security-policy')!)[0]!)).toEqual({
      ...READING_POLICY,
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'form-action': ["'self'", 'https://duckduckgo.com'],
    });
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('should cache hashed assets forever, media for a day, and feeds, sitemaps and robots.txt for 15 minutes', () => {
    const files = outputFiles(site.outDir);
    const cacheOf = (file: string) => headersFor(rules, `/${file}`).get('cache-control');
    const assets = files.filter((f) => f.startsWith('assets/'));
    // The stylesheet, the copy-link script, the icon, and the search page's script.
    expect(assets.length).toBe(4);
    for (const file of assets) expect(cacheOf(file), file).toBe('public, max-age=31536000, immutable');
    expect(cacheOf('media/narration.mp3')).toBe('public, max-age=86400');
    const data = files.filter((f) => /\.(xml|json|txt)$/.test(f) && !f.startsWith('pagefind/'));
    expect(data).toEqual(expect.arrayContaining(['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'news-sitemap.xml', 'robots.txt', 'sitemaps/pages.xml']));
    for (const file of data) expect(cacheOf(file), file).toBe('public, max-age=900');
    // The search index: asked about again each time (its entry file names the others by their bytes).
    for (const file of files.filter((f) => f.startsWith('pagefind/'))) expect(cacheOf(file), file).toBe('no-cache');
    // Not content: no page kind's policy.
    for (const file of [...assets, ...data]) expect(setting(`/${file}`, 'content-security-policy').map((r) => r.pattern)).toEqual(['/*']);
  });

  it('should stay far under Cloudflare\'s 100 rules: one per top folder, not per page', () => {
    const years = new Set(published.map((e) => e.date.slice(0, 4)));
    expect(rules.filter((rule) => /^\/\d{4}\/\*$/.test(rule.pattern)).map((rule) => rule.pattern)).toEqual([...years].sort().map((y) => `/${y}/*`));
    expect(rules.length).toBeLessThan(30);
  });

  it('should ask of each page only what its policy allows: no inline script or style, scripts, styles and media from the site', async () => {
    const origin = 'https://news.example.org';
    for (const file of outputFiles(site.outDir).filter((f) => f.endsWith('.html'))) {
      const doc = parseHtml(await site.read(file));
      const policy = ownPolicy(addresses('/', file)[0]!);
      const pageUrl = file === '404.html' ? `${origin}/deep/missing/page` : `${origin}/${file}`;
      const from = (value: string | undefined) => new URL(value!, pageUrl);
      const allowed = (directive: string, url: URL) =>
        (policy[directive] ?? policy['default-src']!).some((source) => (source === "'self'" ? url.origin === origin : source === 'https:' ? url.protocol === 'https:' : false));
      // JSON-LD is data, never run; any other inline script would need a hash.
      expect(doc.all('script:not([src])').map((s) => attribute(s, 'type')), file).toEqual(doc.maybe('script[type="application/ld+json"]') ? ['application/ld+json'] : []);
      expect(doc.all('style, [style]'), file).toEqual([]);
      expect(doc.all('*').flatMap((el) => Object.keys(el.properties).filter((name) => /^on/.test(name))), file).toEqual([]);
      for (const script of doc.all('script[src]')) expect(allowed('script-src', from(attribute(script, 'src'))), file).toBe(true);
      for (const link of doc.all('link[rel~=stylesheet]')) expect(allowed('style-src', from(attribute(link, 'href'))), file).toBe(true);
      for (const link of doc.all('link[rel~=icon], img')) expect(allowed('img-src', from(attribute(link, 'href') ?? attribute(link, 'src'))), file).toBe(true);
      for (const source of doc.all('audio source, audio[src], video')) expect(allowed('media-src', from(attribute(source, 'src'))), file).toBe(true);
      // Forms (the search box; the search page's own) may go only where form-action allows: the site, or the web search.
      for (const form of doc.all('form')) {
        const target = from(attribute(form, 'action'));
        expect(policy['form-action']!.some((source) => (source === "'self'" ? target.origin === origin : source === target.origin)), `${file}: form to ${target.href}`).toBe(true);
      }
      expect(doc.all('base, object, embed, iframe'), file).toEqual([]);
    }
  });

  it('should not be linked from any page, nor listed in a sitemap', async () => {
    for (const file of outputFiles(site.outDir).filter((f) => f.endsWith('.html') || f.endsWith('.xml'))) {
      expect(await site.read(file), file).not.toMatch(/_headers|_redirects/);
    }
  });
});

describe('_headers under a subpath', () => {
  const SUB = 'https://fixture.github.io/times/';
  let subRoot: string;
  let subRules: HeaderRule[];
  beforeAll(async () => {
    subRoot = await makeProject(publicationFiles(SUB));
    subRules = parseHeadersFile(await (await buildProject(subRoot)).read('_headers'));
  });
  afterAll(() => removeTemp(subRoot));

  it('should write every rule under the base path', () => {
    expect(subRules.map((rule) => rule.pattern).every((pattern) => pattern.startsWith('/times/'))).toBe(true);
    expect(subRules[0]!.pattern).toBe('/times/*');
  });

  it('should match the pages and files at their addresses under the subpath, and nothing outside it', () => {
    const edition = headersFor(subRules, `/times/${published[0]!.url}`);
    expect(edition.get('cache-control')).toBe('no-cache');
    expect(parseCsp(edition.get('content-security-policy')!)).toHaveLength(2);
    expect(headersFor(subRules, '/times/').get('cache-control')).toBe('no-cache');
    expect(headersFor(subRules, '/times/feed.xml').get('cache-control')).toBe('public, max-age=900');
    expect(headersFor(subRules, '/times/media/narration.mp3').get('cache-control')).toBe('public, max-age=86400');
    expect(headersFor(subRules, `/${published[0]!.url}`).size).toBe(0);
    expect(headersFor(subRules, '/feed.xml').size).toBe(0);
  });
});
