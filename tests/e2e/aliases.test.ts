/**
 * Front matter `aliases`: former addresses become lines of _redirects and
 * small redirect pages, at the root of a domain and under a subpath; bad
 * ones are refused with the file, line, field, what was expected and found.
 */
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute, parseHtml, textOf } from '../helpers/html.js';
import { parseRedirectsFile } from '../helpers/hosting-files.js';
import { buildErrors, buildFiles, buildProject, edition, SITE_YML } from '../helpers/site.js';
import { validateHtml } from '../helpers/validate-html.js';
import type { Diagnostic } from '../../src/model/index.js';

const FILE = 'content/editions/2024-03-12-punching-back.md';
const PERMALINK = '2024/03/12/punching-back/';

/** An edition with the front matter lines `aliases` (YAML, after "aliases:"). */
const withAliases = (aliases: string, fields: Record<string, string> = {}) =>
  edition({ headline: 'Punching Back', date: '2024-03-12', ...fields, aliases });

const ALIASES = '\n  - /2019/03/old-slug/\n  - old/story.html\n  - legacy/grain%20deal\n  - Élections';

function only(diagnostics: Diagnostic[]): Diagnostic {
  expect(diagnostics, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
  return diagnostics[0]!;
}

describe('aliases', () => {
  it('should leave a redirect page at each former address: refresh, canonical, a visible link, noindex, the site language', async () => {
    const site = await buildFiles({ [FILE]: withAliases(ALIASES) });
    for (const file of ['2019/03/old-slug/index.html', 'old/story.html', 'legacy/grain deal/index.html', 'Élections/index.html']) {
      const html = await site.read(file);
      expect(await validateHtml(html, file)).toEqual([]);
      const doc = parseHtml(html);
      expect(attribute(doc.one('html'), 'lang')).toBe('en');
      expect(attribute(doc.one('meta[http-equiv="refresh"]'), 'content')).toBe(`0; url=/${PERMALINK}`);
      expect(attribute(doc.one('link[rel=canonical]'), 'href')).toBe(`https://news.example.org/${PERMALINK}`);
      expect(attribute(doc.one('meta[name=robots]'), 'content')).toBe('noindex');
      const link = doc.one('body a');
      expect(attribute(link, 'href')).toBe(`/${PERMALINK}`);
      expect(textOf(link)).toBe('Punching Back');
      // Loads nothing, so no policy can stop it.
      expect(doc.all('script, link[rel=stylesheet], img, style')).toEqual([]);
    }
  });

  it('should list each alias in _redirects as a 301 to the permalink', async () => {
    const site = await buildFiles({ [FILE]: withAliases(ALIASES), 'content/editions/2024-03-13-other.md': withAliases('[older/]', { headline: 'Other', date: '2024-03-13' }) });
    expect(parseRedirectsFile(await site.read('_redirects')).map(({ from, to, status }) => `${from} ${to} ${status}`)).toEqual([
      '/older/ /2024/03/13/other/ 301',
      `/2019/03/old-slug/ /${PERMALINK} 301`,
      `/old/story.html /${PERMALINK} 301`,
      `/legacy/grain%20deal/ /${PERMALINK} 301`,
      `/%C3%89lections/ /${PERMALINK} 301`,
    ]);
  });

  it('should keep redirect pages out of the sitemaps and feeds', async () => {
    const site = await buildFiles({ [FILE]: withAliases(ALIASES) });
    const sitemaps = ['sitemap.xml', ...readdirSync(join(site.outDir, 'sitemaps')).map((f) => `sitemaps/${f}`), 'news-sitemap.xml', 'feed.xml', 'atom.xml', 'feed.json'];
    for (const file of sitemaps) expect(await site.read(file), file).not.toMatch(/old-slug|story\.html|grain|lections/);
  });

  it('should write no _redirects when no edition has aliases', async () => {
    const site = await buildFiles({ [FILE]: edition({ headline: 'Punching Back', date: '2024-03-12' }) });
    expect(existsSync(join(site.outDir, '_redirects'))).toBe(false);
  });

  it('should remove the redirect page and the line when the alias is removed', async () => {
    const site = await buildFiles({ [FILE]: withAliases('[old/]') });
    expect(existsSync(join(site.outDir, 'old/index.html'))).toBe(true);
    await writeFile(join(site.root, FILE), withAliases('[]'));
    const again = await buildProject(site.root);
    expect(existsSync(join(again.outDir, 'old/index.html'))).toBe(false);
    expect(existsSync(join(again.outDir, '_redirects'))).toBe(false);
  });

  it('should redirect under the base path when the site lives under a subpath', async () => {
    const site = await buildFiles({
      'content/site.yml': SITE_YML.replace('https://news.example.org/', 'https://example.github.io/times/'),
      [FILE]: withAliases('[/old/story/]'),
    });
    expect(parseRedirectsFile(await site.read('_redirects')).map(({ from, to, status }) => `${from} ${to} ${status}`)).toEqual([
      `/times/old/story/ /times/${PERMALINK} 301`,
    ]);
    const doc = parseHtml(await site.read('old/story/index.html'));
    expect(attribute(doc.one('meta[http-equiv="refresh"]'), 'content')).toBe(`0; url=/times/${PERMALINK}`);
    expect(attribute(doc.one('link[rel=canonical]'), 'href')).toBe(`https://example.github.io/times/${PERMALINK}`);
  });
});

describe('bad aliases', () => {
  const expected = 'a path on this site, like "2019/03/old-slug/" or "old/story.html"';

  it.each([
    ['https://example.org/old/', 'it is a full address with a scheme, not a path on this site'],
    ['//evil.example/old/', 'it names another host ("//…"), not a path on this site'],
    ['../../etc/passwd', 'it has "." or ".." segments, which could lead out of the site'],
    ['old/%2e%2e/%2e%2e/x', 'it has "." or ".." segments, which could lead out of the site'],
    ['old/page?p=12', 'it has a query ("?…"), which static hosts do not match'],
    ['"old/page#top"', 'it has a fragment ("#…"), which never reaches the server'],
    ['media/old.mp3', "it is inside media/, which holds the site's files, not pages"],
    ['"old page/"', 'it has spaces or control characters'],
    ['""', 'it is empty'],
  ])('should refuse %s, naming file, line, field, expected and found', async (written, problem) => {
    const d = only(await buildErrors({ [FILE]: withAliases(`\n  - fine/\n  - ${written}`) }));
    const found = JSON.parse(written.startsWith('"') ? written : JSON.stringify(written)) as string;
    expect(d).toMatchObject({ severity: 'error', code: 'invalid-field', file: FILE, line: 6, field: 'aliases[1]' });
    expect(d.message).toBe(`"aliases[1]" must be ${expected}, found ${found === '' ? 'an empty text' : JSON.stringify(found)}: ${problem}.`);
    expect(d.hint).toBeTruthy();
  });

  it('should refuse an alias that is not text', async () => {
    const d = only(await buildErrors({ [FILE]: withAliases('[42]') }));
    expect(d).toMatchObject({ code: 'invalid-field', file: FILE, line: 4, field: 'aliases[0]' });
    expect(d.message).toBe(`"aliases[0]" must be ${expected}, found 42.`);
  });

  it('should refuse aliases that are not a list', async () => {
    const d = only(await buildErrors({ [FILE]: withAliases('old/story/') }));
    expect(d).toMatchObject({ code: 'invalid-field', file: FILE, line: 4, field: 'aliases' });
    expect(d.message).toBe(`"aliases" must be a list of former addresses of this edition, each ${expected}, found "old/story/".`);
  });

  const OTHER = 'content/editions/2024-03-11-grain-deal.md';
  const other = (aliases?: string) => edition({ headline: 'Grain Deal', date: '2024-03-11', tags: '[Energy]', ...(aliases ? { aliases } : {}) });
  const collision = (found: string, what: string) => `"aliases[0]" must be a former address that no page, file or other alias of the site uses, found "${found}", which ${what}.`;

  it.each([
    ['2024/03/11/grain-deal', '2024/03/11/grain-deal/', `is already the permalink of ${OTHER}`],
    [`/${PERMALINK}`, PERMALINK, "is already this edition's own permalink"],
    ['/', '/', 'is already the home page'],
    ['archive', 'archive/', 'is already the address of the archive page archive/'],
    ['tags/', 'tags/', 'is already the address of the tags page tags/'],
    ['feed.xml/', 'feed.xml/', 'lies inside the file feed.xml'],
    ['404.html', '404.html', 'is already the address of the 404 page 404.html'],
  ])('should refuse the alias %s, which another page or file uses', async (written, found, what) => {
    const d = only(await buildErrors({ [FILE]: withAliases(`[${written}]`), [OTHER]: other() }));
    expect(d).toMatchObject({ severity: 'error', code: 'duplicate-permalink', file: FILE, line: 4, field: 'aliases[0]' });
    expect(d.message).toBe(collision(found, what));
  });

  it('should refuse one old address claimed by two editions, naming the first', async () => {
    const d = only(await buildErrors({ [FILE]: withAliases('[old/]'), [OTHER]: other('["/old"]') }));
    // Editions are in date order, newest first: the newer one claims it first.
    expect(d).toMatchObject({ code: 'duplicate-permalink', file: OTHER, line: 5, field: 'aliases[0]' });
    expect(d.message).toBe(collision('old/', `is also aliases[0] of ${FILE} (line 4)`));
  });

  it('should refuse the same old address twice in one edition', async () => {
    const d = only(await buildErrors({ [FILE]: withAliases('\n  - old/\n  - /old') }));
    expect(d).toMatchObject({ file: FILE, line: 6, field: 'aliases[1]' });
    expect(d.message).toBe(collision('old/', "is also this edition's aliases[0]").replace('aliases[0]" must', 'aliases[1]" must'));
  });
});
