/**
 * Issue 12: editions headlined in Arabic, Russian and Japanese, started with
 * `edition new`, get permalinks in their own script: Unicode folders on disk,
 * percent-encoded in every link, feed, sitemap and redirect, served by the
 * preview, and accepted by the link checker of `edition check`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startDev } from '../helpers/dev.js';
import { attribute, parseHtml } from '../helpers/html.js';
import { brokenLinks, fileForUrl } from '../helpers/link-check.js';
import { buildErrors, buildProject, edition, makeProject, siteFiles, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

const SITE = 'https://news.example.org/';
const EDITIONS = [
  { headline: 'فيضانات ليبيا', date: '2024-03-10', slug: 'فيضانات-ليبيا' },
  { headline: 'Удар в ответ', date: '2024-03-11', slug: 'удар-в-ответ' },
  { headline: '東京の洪水', date: '2024-03-12', slug: '東京の洪水' },
].map((e) => ({ ...e, path: `${e.date.replaceAll('-', '/')}/${e.slug}/` }));
const [ARABIC, RUSSIAN, JAPANESE] = EDITIONS as [(typeof EDITIONS)[number], (typeof EDITIONS)[number], (typeof EDITIONS)[number]];
/** The permalink as it appears in a link: each non-ASCII letter as %XX bytes of UTF-8. */
const encoded = (path: string) => path.split('/').map(encodeURIComponent).join('/');

let root: string;
let site: BuiltSite;
let created: string[];

beforeAll(async () => {
  root = await makeProject(siteFiles());
  created = [];
  for (const e of EDITIONS) {
    const run = await runCli(['new', e.headline, '--date', e.date], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    created.push(run.stdout.trim());
  }
  // Publish them, with links between them written both ways an editor might: raw letters and percent-encoded.
  const bodies = new Map([
    [ARABIC, 'Old address kept.\n'],
    [RUSSIAN, `See [the floods](${ARABIC.path}) and [Tokyo](${SITE}${encoded(JAPANESE.path)}).\n`],
    [JAPANESE, `See [Libya](/${encoded(ARABIC.path)}) and [Russia](${SITE}${RUSSIAN.path}).\n`],
  ]);
  for (const [index, e] of EDITIONS.entries()) {
    const file = join(root, created[index]!);
    const text = (await readFile(file, 'utf8'))
      .replace(/^draft: true.*$/m, e === ARABIC ? 'aliases: [old/libya/]' : '')
      .replace(/^Write the brief here\..*$/m, bodies.get(e)!);
    await writeFile(file, text);
  }
  site = await buildProject(root);
});
afterAll(() => removeTemp(root));

describe('edition new with a headline in any script', () => {
  it('writes each file under its Unicode name and prints that path', () => {
    expect(created).toEqual(EDITIONS.map((e) => `content/editions/${e.date}-${e.slug}.md`));
    expect(readdirSync(join(root, 'content/editions')).sort()).toEqual(EDITIONS.map((e) => `${e.date}-${e.slug}.md`).sort());
  });

  it('still says what to do when the headline has no letters at all', async () => {
    const run = await runCli(['new', '🌊🔥!!!', '--date', '2024-03-13'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'The headline "🌊🔥!!!" gives an empty slug for the web address (it has no letters or digits, in any script). Pass one with --slug, e.g. --slug morning-brief.\n',
    );
  });
});

describe('the built site', () => {
  it('writes each edition into a folder named with its Unicode slug', () => {
    for (const e of EDITIONS) {
      const [year, month, day] = e.date.split('-');
      expect(readdirSync(join(site.outDir, year!, month!, day!))).toEqual([e.slug]);
      expect(existsSync(join(site.outDir, e.path, 'index.html'))).toBe(true);
    }
  });

  it('links to them from the home page and the archive with percent-encoded addresses that lead to the written files', async () => {
    for (const list of ['index.html', 'archive/index.html']) {
      const doc = parseHtml(await site.read(list));
      const hrefs = doc.all('.edition-list a, h1 a').map((a) => attribute(a, 'href')!);
      const pageUrl = new URL(list.replace(/index\.html$/, ''), SITE);
      const linked = hrefs.map((href) => {
        expect(href).toMatch(/^[\x21-\x7e]+$/); // nothing but printable ASCII
        return fileForUrl(site.outDir, SITE, new URL(href, pageUrl));
      });
      const expected = list === 'index.html' ? EDITIONS.slice().reverse() : [JAPANESE, RUSSIAN, ARABIC];
      expect(linked.sort()).toEqual(expected.map((e) => join(site.outDir, e.path, 'index.html')).sort());
    }
  });

  it('gives each page its canonical address, percent-encoded, and leaves no link broken', async () => {
    for (const e of EDITIONS) {
      const doc = parseHtml(await site.read(`${e.path}index.html`));
      expect(doc.text('h1')).toBe(e.headline);
      expect(attribute(doc.one('link[rel=canonical]'), 'href')).toBe(`${SITE}${encoded(e.path)}`);
    }
    expect(brokenLinks(site.outDir, SITE)).toEqual([]);
  });

  it('names valid absolute percent-encoded URLs in the RSS, Atom and JSON feeds and the sitemap', async () => {
    const expected = [JAPANESE, RUSSIAN, ARABIC].map((e) => `${SITE}${encoded(e.path)}`);
    const rss = parseRssFeed(await site.read('feed.xml'));
    const atom = parseAtomFeed(await site.read('atom.xml'));
    const json = parseJsonFeed(JSON.parse(await site.read('feed.json')));
    const xml = new XMLParser();
    const sitemap = [xml.parse(await site.read('sitemaps/editions-2024.xml')).urlset.url].flat() as { loc: string }[];
    const lists = {
      rss: rss.items!.map((item) => item.link!),
      atom: atom.entries!.map((entry) => entry.links!.find((link) => link.rel === 'alternate')!.href!),
      json: json.items.map((item) => item.url!),
      sitemap: sitemap.map((url) => url.loc).sort().reverse(),
    };
    for (const urls of Object.values(lists)) {
      expect(urls).toEqual(expected);
      for (const url of urls) expect(new URL(url).href).toBe(url);
    }
  });

  it('writes _redirects and _headers in ASCII, the alias pointing at the encoded permalink', async () => {
    const redirects = (await site.read('_redirects')).split('\n').filter((line) => line && !line.startsWith('#'));
    expect(redirects).toEqual([`/old/libya/ /${encoded(ARABIC.path)} 301`]);
    expect(await site.read('_headers')).toMatch(/^[\x20-\x7e\n]*$/);
  });
});

describe('edition check', () => {
  it('accepts links to these pages, raw or percent-encoded, and still catches a broken one', async () => {
    const before = await readFile(join(root, created[0]!), 'utf8');
    await writeFile(join(root, created[0]!), before.replace('Old address kept.', 'See [nowhere](2024/03/11/удар-в-отвт/).'));
    try {
      const run = await runCli(['check', '--json'], { cwd: root });
      const links = (JSON.parse(run.stdout) as { diagnostics: { code: string; file: string; message: string; hint: string }[] }).diagnostics.filter(
        (d) => d.code === 'broken-link',
      );
      expect(links).toEqual([
        expect.objectContaining({
          file: created[0],
          message: 'The link "2024/03/11/удар-в-отвт/" points to no edition or page of this site.',
          hint: `Did you mean ${SITE}${encoded(RUSSIAN.path)}? Link to an edition by its full permalink.`,
        }),
      ]);
    } finally {
      await writeFile(join(root, created[0]!), before);
    }
  });
});

describe('edition dev', () => {
  it('serves each page at its percent-encoded address, and redirects to it without the slash', async () => {
    const dev = await startDev(root);
    try {
      for (const e of EDITIONS) {
        const response = await fetch(new URL(encoded(e.path), dev.url));
        expect(response.status).toBe(200);
        expect(parseHtml(await response.text()).text('h1')).toBe(e.headline);
      }
      // Without its final slash, a page is redirected to its folder, still percent-encoded.
      const bare = await fetch(new URL(encoded(ARABIC.path).slice(0, -1), dev.url), { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([302, `/${encoded(ARABIC.path)}`]);
    } finally {
      expect(await dev.stop()).toBe(0);
    }
  });
});

describe('file names that differ only in Unicode composition', () => {
  it('give one slug, so two such files are the same permalink', async () => {
    const name = 'удар-в-ответ-йод';
    const diagnostics = await buildErrors({
      [`content/editions/2024-03-11-${name}.md`]: edition({ headline: 'A', date: '2024-03-11' }),
      [`content/editions/2024-03-11-${name.normalize('NFD')}.md`]: edition({ headline: 'B', date: '2024-03-11' }),
    });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['duplicate-permalink', expect.stringContaining(`2024/03/11/${name}/index.html`)],
    ]);
  });
});
