/**
 * _headers and _redirects: the response headers and redirects of the site in
 * the format Netlify and Cloudflare Pages read from the published folder
 * (other hosts ignore both files; the README gives the same for nginx, Caddy
 * and S3 with CloudFront).
 *
 * Hosts disagree on what happens when two rules match a path and set the same
 * header (Cloudflare joins the values with commas, others pick one), so every
 * path gets its Cache-Control and its page kind's Content-Security-Policy
 * from one rule only: one per top folder ("/2024/*", "/archive/*", "/assets/*")
 * whose files all share them, and one per file at the top. The rule for every
 * path ("/*") adds nosniff, the Referrer-Policy, and a policy that every page
 * kind allows: two policies are both enforced, so a page gets its own kind's,
 * and a path no other rule covers (a missing page, served the 404 page) still
 * gets one. The number of rules grows with the years of editions, not with
 * their number (Cloudflare reads at most 100).
 */
import type { FilePlugin, Page, PlannedFile, SiteData } from '../model/index.js';
import { REDIRECT_KIND } from '../stages/plan/check-aliases.js';
import { SEARCH_INDEX_FOLDER } from '../stages/plan/search-shards.js';
import { webSearchOrigin } from './search.js';
import { compareCodeUnits } from '../util/compare.js';
import { encodePath } from '../util/urls.js';

export const HEADERS_FILE = '_headers';
export const REDIRECTS_FILE = '_redirects';

/** Cache-Control by kind of output. */
export const CACHE_CONTROL = {
  /** assets/: the name changes with the bytes, so a copy never goes stale. */
  asset: 'public, max-age=31536000, immutable',
  /** Pages: kept, but asked about again (a cheap 304 with the ETag) each time, so a correction shows at once. */
  html: 'no-cache',
  /** media/: large, and rarely replaced, but under the same name when they are: a day. */
  media: 'public, max-age=86400',
  /** Feeds, sitemaps, robots.txt: polled by machines; a new edition reaches them within a quarter of an hour. */
  data: 'public, max-age=900',
  /**
   * The search index: its entry file names the others by their bytes, so a
   * browser must never pair a stale entry with a new build's files; asking
   * again each time costs a 304.
   */
  searchIndex: 'no-cache',
} as const;

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** A Content-Security-Policy: directive → sources. */
export type Policy = Readonly<Record<string, readonly string[]>>;

/** What no page needs: plug-ins, <base>, forms, being framed. */
const LOCKED: Policy = {
  'default-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Every page of layouts/base.liquid: the hashed stylesheet, the deferred
 * copy-link script and the icon, all from assets/; its search box goes to the
 * search page.
 */
const LIST: Policy = { ...LOCKED, 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'"], 'form-action': ["'self'"] };

/**
 * The search page alone runs Pagefind: WebAssembly ('wasm-unsafe-eval', which
 * compiles WebAssembly and allows no eval() of script), a worker, and the
 * index files it fetches; without JavaScript its form goes to the web search.
 */
const SEARCH = (site: SiteData): Policy => {
  const web = site.config.search && webSearchOrigin(site.config.search);
  return {
    ...LIST,
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'form-action': ["'self'", ...(web ? [web] : [])],
  };
};

/**
 * Pages that show an edition in full add its narration (media/) and the
 * images of its text, which may come from any https site (Markdown allows
 * them; an image runs no code).
 */
const READING = (site: SiteData): Policy => ({
  ...LIST,
  'img-src': ["'self'", ...(site.config.url.startsWith('http:') ? [new URL(site.config.url).origin] : []), 'https:'],
  'media-src': ["'self'"],
});

/** The Content-Security-Policy each page kind's pages satisfy; a kind not listed gets the list pages' policy. */
export function pagePolicy(kind: string, site: SiteData): Policy {
  switch (kind) {
    case 'edition':
    case 'home':
      return READING(site);
    case 'search':
      return SEARCH(site);
    case REDIRECT_KIND:
      // Loads nothing: a meta refresh and a link.
      return LOCKED;
    default:
      return LIST;
  }
}

/** Policies joined: what any of them allows. */
export function unionPolicy(policies: readonly Policy[]): Policy {
  const union = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [directive, sources] of Object.entries(policy)) {
      const list = union.get(directive) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      union.set(directive, list);
    }
  }
  return Object.fromEntries([...union].map(([directive, sources]) => [directive, sources.length > 1 ? sources.filter((s) => s !== "'none'") : sources]));
}

/** Directives in the order they are written: the fallback, what a page may load, then what it may do. */
const ORDER = ['default-src', 'script-src', 'style-src', 'img-src', 'media-src', 'connect-src', 'worker-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors'];
const rank = (directive: string) => (ORDER.includes(directive) ? ORDER.indexOf(directive) : ORDER.length);

export function serializePolicy(policy: Policy): string {
  return Object.entries(policy)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

type Headers = [name: string, value: string][];

interface Entry {
  /** Site-relative paths it is requested at: a page at its URL and its file, a file at its path. */
  urls: string[];
  headers: Headers;
  /** A redirect page loads nothing: it fits under any page's rule and needs none of its own. */
  fits: boolean;
}

function pageEntry(page: Page, headersOfKind: (kind: string) => Headers): Entry {
  return { urls: page.url === page.path ? [page.url] : [page.url, page.path], headers: headersOfKind(page.kind), fits: page.kind === REDIRECT_KIND };
}

function fileEntry(file: PlannedFile, kinds: { assets: Set<string>; media: Set<string> }): Entry {
  const cache = kinds.assets.has(file.path) ? CACHE_CONTROL.asset : kinds.media.has(file.path) ? CACHE_CONTROL.media : CACHE_CONTROL.data;
  return { urls: [file.path], headers: [['Cache-Control', cache]], fits: false };
}

const keyOf = (headers: Headers) => headers.map(([name, value]) => `${name}: ${value}`).join('\n');

/** The rules, as [path pattern, headers], "/*" first. */
export function headerRules(site: SiteData, pages: readonly Page[], files: readonly PlannedFile[]): [string, Headers][] {
  const base = site.config.basePath;
  const kinds = { assets: new Set(site.assets.map((asset) => asset.path)), media: new Set(site.media.map((file) => file.src)) };
  // One set of headers per page kind, shared by its pages (a build may have 10,000 editions).
  const byKind = new Map<string, Headers>();
  const headersOfKind = (kind: string) => {
    let headers = byKind.get(kind);
    if (!headers) byKind.set(kind, (headers = [['Cache-Control', CACHE_CONTROL.html], ['Content-Security-Policy', serializePolicy(pagePolicy(kind, site))]]));
    return headers;
  };
  const entries = [...pages.map((page) => pageEntry(page, headersOfKind)), ...files.map((file) => fileEntry(file, kinds))];
  const policies = [...new Set(pages.map((page) => page.kind))].map((kind) => pagePolicy(kind, site));
  const rules: [string, Headers][] = [];
  const exact = (entry: Entry) => entry.urls.map((url): [string, Headers] => [`${base}${encodePath(url)}`, entry.headers]);
  const folders = new Map<string, Entry[]>();
  for (const entry of entries) {
    const slash = entry.urls[0]!.indexOf('/');
    if (slash === -1) {
      if (!entry.fits) rules.push(...exact(entry));
      continue;
    }
    const folder = entry.urls[0]!.slice(0, slash);
    const list = folders.get(folder);
    if (list) list.push(entry);
    else folders.set(folder, [entry]);
  }
  for (const [folder, list] of folders) {
    const own = list.filter((entry) => !entry.fits);
    if (own.length === 0) continue;
    const shared = new Set(own.map((entry) => keyOf(entry.headers)));
    // A folder whose files need different headers (none does, as the plug-ins stand) gets a rule per file.
    if (shared.size === 1) rules.push([`${base}${encodePath(folder)}/*`, own[0]!.headers]);
    else rules.push(...own.flatMap(exact));
  }
  // The search index's files are named by Pagefind as it makes them, after planning: one rule covers its folder.
  // Pagefind's worker runs under its own response's policy: the search page's, which lets it fetch and compile.
  if (site.config.search && site.editions.length > 0) {
    rules.push([`${base}${SEARCH_INDEX_FOLDER}*`, [['Cache-Control', CACHE_CONTROL.searchIndex], ['Content-Security-Policy', serializePolicy(SEARCH(site))]]]);
  }
  rules.sort(([a], [b]) => compareCodeUnits(a, b));
  const every: Headers = [...Object.entries(SECURITY_HEADERS), ['Content-Security-Policy', serializePolicy(unionPolicy(policies))]];
  return [[`${base}*`, every], ...rules];
}

function headersFile(rules: readonly [string, Headers][]): string {
  const lines = [
    '# Response headers for Netlify and Cloudflare Pages, written by Edition for every build.',
    '# Each path takes Cache-Control and its page kind\'s Content-Security-Policy from one rule only;',
    '# the first rule, for every path, adds nosniff, the Referrer-Policy and a policy all pages satisfy.',
  ];
  for (const [pattern, headers] of rules) lines.push('', pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}

/** "/old/path/ /2024/03/12/slug/ 301" for each alias of each published edition, under the base path. */
export function redirectLines(site: SiteData): string[] {
  const base = site.config.basePath;
  return site.editions.flatMap((edition) => (edition.aliases ?? []).map((alias) => `${base}${encodePath(alias.path)} ${base}${encodePath(edition.url)} 301`));
}

export const hostingFiles: FilePlugin = {
  name: 'hosting',
  files(site, pages, files) {
    const redirects = redirectLines(site);
    const sources: string[] = [];
    return [
      { path: HEADERS_FILE, contents: headersFile(headerRules(site, pages, files)), sources },
      ...(redirects.length > 0
        ? [
            {
              path: REDIRECTS_FILE,
              contents: `# Former addresses (front matter "aliases") to permalinks, for Netlify and Cloudflare Pages, written by Edition.\n${redirects.join('\n')}\n`,
              sources: site.editions.filter((edition) => edition.aliases).map((edition) => edition.file),
            },
          ]
        : []),
    ];
  },
};
