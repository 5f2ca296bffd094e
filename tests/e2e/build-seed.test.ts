/** The first real edition, Punching Back, built from the repository's content/ and checked element by element. */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, parseHtml, textOf, type Doc } from '../helpers/html.js';
import { buildProject, seedProject, type BuiltSite } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';
import { validateHtml } from '../helpers/validate-html.js';

const PERMALINK = '2024/03/12/punching-back/';
const CANONICAL = `https://globalpost.example.com/${PERMALINK}`;

let root: string;
let site: BuiltSite;
let page: Doc;

beforeAll(async () => {
  root = await seedProject();
  site = await buildProject(root);
  page = parseHtml(await site.read(`${PERMALINK}index.html`));
});
afterAll(() => removeTemp(root));

describe('the Punching Back edition page', () => {
  it('should have the headline as its single h1 and in the title', () => {
    expect(page.all('h1')).toHaveLength(1);
    expect(page.text('h1')).toBe('Punching Back');
    expect(page.text('title')).toBe('Punching Back · GlobalPost');
  });

  it('should show the publication name in the masthead', () => {
    expect(page.text('header.masthead .masthead__title')).toBe('GlobalPost');
  });

  it('should show the date in a time element, formatted for the site language', () => {
    const time = page.one('.edition__byline time');
    expect(attribute(time, 'datetime')).toBe('2024-03-12T07:00:00-04:00');
    expect(textOf(time)).toBe('March 12, 2024');
  });

  it('should keep every paragraph of the brief, with smart quotes', () => {
    const paragraphs = page.all('.edition__body p').map(textOf);
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]).toMatch(/^Pro-Ukrainian militias staged a cross-border attack on Russia on Tuesday/);
    expect(paragraphs[2]).toMatch(/^Russia’s defense ministry/);
    expect(paragraphs[7]).toMatch(/ahead of the vote\.$/);
  });

  it('should link the sources the brief names', () => {
    const links = page.all('.edition__body a').map((a) => [textOf(a), attribute(a, 'href')]);
    expect(links).toEqual([
      ['Agence France-Presse', 'https://www.afp.com/en'],
      ['NBC News', 'https://www.nbcnews.com/'],
    ]);
  });

  it('should offer the narration in a native audio player that loads nothing up front', async () => {
    const audio = page.one('audio');
    expect(attribute(audio, 'controls')).toBeDefined();
    expect(attribute(audio, 'preload')).toBe('none');
    expect(attribute(audio, 'autoplay')).toBeUndefined();
    const source = page.one('audio source');
    expect(attribute(source, 'type')).toBe('audio/mpeg');
    const src = attribute(source, 'src')!;
    expect(src).toBe('../../../../media/2024-03-12-punching-back.mp3');
    const copied = await stat(join(site.outDir, PERMALINK, src));
    expect(copied.size).toBe((await stat(join(site.root, 'content/media/2024-03-12-punching-back.mp3'))).size);
    expect(page.text('.listen__title')).toBe('Listen to Today’s Edition'.replace('’', "'"));
  });

  it('should show the duration read from the audio file', () => {
    const time = page.one('.listen__duration time');
    expect(textOf(time)).toBe('1:52');
    expect(attribute(time, 'datetime')).toBe('PT1M52S');
  });

  it('should derive the offer figures from the offer numbers', () => {
    expect(page.text('.offer__price')).toBe('Join us today and pay only $32.95 a year, less than $3 a month.');
    expect(page.text('.offer__trial')).toBe('And you get a free two-week trial with no obligation to continue.');
    const cta = page.one('a.offer__cta');
    expect(attribute(cta, 'href')).toBe('https://globalpost.example.com/subscribe');
    expect(textOf(cta)).toBe('Start your free trial');
    expect(page.text('.offer__title')).toBe('Subscribe today and GlobalPost will be in your inbox the next weekday morning');
  });

  it('should have a copy-link button for the canonical URL and a permalink that works without JavaScript', () => {
    const button = page.one('button.share__copy');
    expect(attribute(button, 'type')).toBe('button');
    expect(attribute(button, 'data-url')).toBe(CANONICAL);
    expect(textOf(button)).toBe('Copy link');
    expect(attribute(page.one('a.share__permalink'), 'href')).toBe(CANONICAL);
    expect(attribute(page.one('.share__status'), 'role')).toBe('status');
  });

  it('should describe itself in <head>', () => {
    expect(attribute(page.one('html'), 'lang')).toBe('en');
    expect(attribute(page.one('link[rel=canonical]'), 'href')).toBe(CANONICAL);
    expect(attribute(page.one('meta[name=description]'), 'content')).toMatch(/^Pro-Ukrainian militias staged a cross-border attack/);
    expect(attribute(page.one('meta[charset]'), 'charset')).toBe('utf-8');
  });

  it('should load CSS and JS from files with content hashes, and no inline script', async () => {
    const css = attribute(page.one('link[rel=stylesheet]'), 'href')!;
    const js = attribute(page.one('script'), 'src')!;
    expect(css).toMatch(/^\.\.\/\.\.\/\.\.\/\.\.\/assets\/style\.[0-9a-f]{10}\.css$/);
    expect(js).toMatch(/^\.\.\/\.\.\/\.\.\/\.\.\/assets\/edition\.[0-9a-f]{10}\.js$/);
    const scripts = page.all('script').filter((script) => attribute(script, 'type') !== 'application/ld+json');
    expect(scripts.every((script) => attribute(script, 'src'))).toBe(true);
    await expect(stat(join(site.outDir, PERMALINK, css))).resolves.toBeTruthy();
    await expect(stat(join(site.outDir, PERMALINK, js))).resolves.toBeTruthy();
  });

  it('should pass the HTML validator', async () => {
    for (const path of [`${PERMALINK}index.html`, 'index.html']) {
      expect(await validateHtml(await site.read(path), path)).toEqual([]);
    }
  });
});

describe('the home page', () => {
  it('should show the latest edition in full, linking to its permalink', async () => {
    const home = parseHtml(await site.read('index.html'));
    expect(home.text('h1')).toBe('Punching Back');
    expect(attribute(home.one('h1 a'), 'href')).toBe(PERMALINK);
    expect(home.all('.edition__body p')).toHaveLength(8);
    expect(attribute(home.one('link[rel=canonical]'), 'href')).toBe('https://globalpost.example.com/');
    expect(attribute(home.one('button.share__copy'), 'data-url')).toBe(CANONICAL);
  });
});

describe('the podcast', () => {
  it('should offer the narrated edition as an episode of the show set in site.yml', async () => {
    const feed = parseRssFeed(await site.read('podcast.xml'));
    expect(feed.title).toBe('GlobalPost');
    expect(feed.itunes?.categories).toEqual([{ text: 'News', categories: [{ text: 'Daily News' }] }]);
    expect(feed.itunes?.owner).toEqual({ name: 'GlobalPost', email: 'podcast@globalpost.example.com' });
    expect(feed.itunes?.image).toBe('https://globalpost.example.com/media/podcast-artwork.png');
    expect(feed.items?.map((item) => [item.title, item.enclosures?.[0]?.url, item.itunes?.duration])).toEqual([
      ['Punching Back', 'https://globalpost.example.com/media/2024-03-12-punching-back.mp3', 112],
    ]);
  });

  it('should have artwork Apple takes: a square PNG of 1400 pixels, RGB without transparency', async () => {
    const png = await readFile(join(site.outDir, 'media/podcast-artwork.png'));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    // Width, height, bit depth 8, colour type 2 (RGB, no alpha).
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([1400, 1400, 8, 2]);
    expect(png.length).toBeLessThan(64 * 1024);
  });
});

describe('determinism', () => {
  it('should build byte-identical output twice', async () => {
    const again = await buildProject(site.root, { outDir: 'public-again' });
    expect(await treeHash(again.outDir)).toBe(await treeHash(site.outDir));
  });
});

async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const paths = entries.map((e) => join(e.parentPath, e.name)).sort();
  for (const path of paths) hash.update(path.slice(dir.length)).update(await readFile(path));
  return hash.digest('hex');
}
