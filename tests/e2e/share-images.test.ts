/**
 * Share images (issue 13): each edition new enough to be shared gets a PNG
 * card of its own, named by its page's og:image and twitter:image; the
 * others keep the site's image; a warm build draws none.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { loadRenderer } from '../../src/stages/share-image/card-fonts.js';
import { attribute, parseHtml, textOf } from '../helpers/html.js';
import { buildFiles, buildProject, edition, makeProject, seedProject, siteFiles, type BuiltSite } from '../helpers/site.js';

const { Resvg } = loadRenderer();
/** A real PNG picture, for the site's image and an edition's own. */
const picture = (width: number, height: number) => new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#357"/></svg>`).render().asPng();

const SITE = (more = '') => `title: The Daily Test
url: https://news.example.org/brief/
language: en
description: A test publication.
timezone: UTC
feed_items: 3
image:
  src: media/site.png
  alt: The Daily Test's nameplate
${more}`;

/** Five editions, one a day, the newest first in the feeds; the third names its own picture. */
function fiveEditions(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = { 'content/media/site.png': picture(800, 400), 'content/media/own.png': picture(640, 480) };
  for (let day = 1; day <= 5; day++) {
    const fields: Record<string, string> = { headline: `Story of day ${day}`, date: `2024-03-0${day}` };
    if (day === 3) Object.assign(fields, { image: '\n  src: media/own.png\n  alt: A picture of its own' });
    files[`content/editions/2024-03-0${day}-day-${day}.md`] = edition(fields);
  }
  return files;
}

/** What an edition page tells link previews about its image. */
async function previewOf(site: BuiltSite, url: string) {
  const doc = parseHtml(await site.read(`${url}index.html`));
  const meta = (name: string) => attribute(doc.one(`meta[property="${name}"], meta[name="${name}"]`), 'content');
  const ld = JSON.parse(textOf(doc.one('script[type="application/ld+json"]')));
  return {
    image: meta('og:image'),
    type: meta('og:image:type'),
    width: Number(meta('og:image:width')),
    height: Number(meta('og:image:height')),
    alt: meta('og:image:alt'),
    twitterImage: meta('twitter:image'),
    twitterAlt: meta('twitter:image:alt'),
    card: meta('twitter:card'),
    ldImage: ld.image,
  };
}

/** The output file an absolute URL of the site names. */
const fileOf = (site: BuiltSite, url: string) => join(site.outDir, url.replace('https://news.example.org/brief/', ''));

describe('the seed site', () => {
  it('should give every edition page its own share image, and draw none on a warm build', async () => {
    const root = await seedProject();
    const cold = await buildProject(root);
    expect(cold.site.editions.length).toBeGreaterThan(0);
    for (const published of cold.site.editions) {
      const preview = await previewOf(cold, published.url);
      const file = join(cold.outDir, new URL(preview.image!).pathname);
      expect(preview).toMatchObject({ type: 'image/png', width: 1200, height: 630, card: 'summary_large_image', twitterImage: preview.image, ldImage: [preview.image] });
      expect(imageSize(readFileSync(file))).toMatchObject({ type: 'png', width: preview.width, height: preview.height });
    }
    const preview = await previewOf(cold, '2024/03/12/punching-back/');
    expect(preview).toMatchObject({
      image: 'https://globalpost.example.com/share/2024/03/12/punching-back.png',
      alt: 'Punching Back, GlobalPost, March 12, 2024',
      twitterAlt: 'Punching Back, GlobalPost, March 12, 2024',
    });
    expect(cold.shareImages).toEqual({ drawn: cold.site.editions.length, fromCache: 0, threads: 0 });

    const png = join(cold.outDir, 'share/2024/03/12/punching-back.png');
    const before = statSync(png).mtimeMs;
    const warm = await buildProject(root);
    expect(warm.shareImages).toEqual({ drawn: 0, fromCache: 0, threads: 0 });
    expect(warm.output.written).toBe(0);
    expect(statSync(png).mtimeMs).toBe(before);

    // Without public/, the images come from the cache folder, not drawn again: the same bytes.
    const bytes = readFileSync(png);
    rmSync(cold.outDir, { recursive: true });
    const again = await buildProject(root);
    expect(again.shareImages).toMatchObject({ drawn: 0, fromCache: cold.site.editions.length });
    expect(readFileSync(png).equals(bytes)).toBe(true);
  });
});

describe('which editions get a share image', () => {
  it('should draw one for each edition in the feeds without a picture of its own; the older keep the site image', async () => {
    const site = await buildFiles({ 'content/site.yml': SITE(), ...fiveEditions() });
    expect(site.shareImages.drawn).toBe(2);
    for (const day of [5, 4]) {
      const preview = await previewOf(site, `2024/03/0${day}/day-${day}/`);
      expect(preview).toMatchObject({ image: `https://news.example.org/brief/share/2024/03/0${day}/day-${day}.png`, width: 1200, height: 630, alt: `Story of day ${day}, The Daily Test, March ${day}, 2024` });
      expect(imageSize(readFileSync(fileOf(site, preview.image!)))).toMatchObject({ width: 1200, height: 630 });
    }
    // In the feeds, with its own picture: that picture, and no card drawn for it.
    expect(await previewOf(site, '2024/03/03/day-3/')).toMatchObject({ image: 'https://news.example.org/brief/media/own.png', width: 640, height: 480, alt: 'A picture of its own' });
    // Older than the feeds: the site's image.
    for (const day of [2, 1]) {
      expect(await previewOf(site, `2024/03/0${day}/day-${day}/`)).toMatchObject({ image: 'https://news.example.org/brief/media/site.png', width: 800, height: 400, card: 'summary_large_image' });
    }
    expect(readPngs(site)).toEqual(['share/2024/03/04/day-4.png', 'share/2024/03/05/day-5.png']);
  });

  it.each([
    ['none', []],
    ['1', [5]],
    ['all', [5, 4, 2, 1]],
  ])('should follow share_images: %s', async (setting, days) => {
    const site = await buildFiles({ 'content/site.yml': SITE(`share_images: ${setting}\n`), ...fiveEditions() }, { write: false });
    expect(site.files.filter((file) => file.path.startsWith('share/')).map((file) => file.path).sort()).toEqual(
      days.map((day) => `share/2024/03/0${day}/day-${day}.png`).sort(),
    );
  });

  it('should leave an edition in a script the card cannot draw with the site image, and draw an Arabic one right to left', async () => {
    const site = await buildFiles(
      {
        'content/site.yml': SITE(),
        ...fiveEditions(),
        'content/editions/2024-03-06-tokyo.md': edition({ headline: '東京の朝', date: '2024-03-06', language: 'ja' }),
        'content/editions/2024-03-07-arabic.md': edition({ headline: 'الرد بالمثل', date: '2024-03-07', language: 'ar' }),
      },
      { write: false },
    );
    const paths = site.files.map((file) => file.path);
    expect(paths).toContain('share/2024/03/07/arabic.png');
    expect(paths.filter((path) => path.startsWith('share/2024/03/06/'))).toEqual([]);
    const page = (url: string) => site.files.find((file) => file.path === `${url}index.html`)!.contents.toString();
    const image = (url: string) => attribute(parseHtml(page(url)).one('meta[property="og:image"]'), 'content');
    expect(image('2024/03/06/tokyo/')).toBe('https://news.example.org/brief/media/site.png');
    expect(image('2024/03/07/arabic/')).toBe('https://news.example.org/brief/share/2024/03/07/arabic.png');
  });
});

describe('share images between builds', () => {
  it('should draw only the new edition’s card, and give the one it pushes out of the feeds the site image', async () => {
    const root = await makeProject(siteFiles({ 'content/site.yml': SITE(), ...fiveEditions() }));
    const first = await buildProject(root);
    expect(first.shareImages.drawn).toBe(2);
    const add = async (day: number) => {
      await writeFile(join(root, `content/editions/2024-03-0${day}-day-${day}.md`), edition({ headline: `Story of day ${day}`, date: `2024-03-0${day}` }));
      return buildProject(root);
    };
    // The feeds hold days 6, 5 and 4, then 7, 6 and 5.
    const sixth = await add(6);
    expect(sixth.shareImages).toEqual({ drawn: 1, fromCache: 0, threads: 0 });
    expect(readPngs(sixth)).toEqual(['share/2024/03/04/day-4.png', 'share/2024/03/05/day-5.png', 'share/2024/03/06/day-6.png']);
    const seventh = await add(7);
    expect(seventh.shareImages).toEqual({ drawn: 1, fromCache: 0, threads: 0 });
    expect(readPngs(seventh)).toEqual(['share/2024/03/05/day-5.png', 'share/2024/03/06/day-6.png', 'share/2024/03/07/day-7.png']);
    expect((await previewOf(seventh, '2024/03/04/day-4/')).image).toBe('https://news.example.org/brief/media/site.png');
    expect((await previewOf(seventh, '2024/03/07/day-7/')).image).toBe('https://news.example.org/brief/share/2024/03/07/day-7.png');
  });

  it('should draw a card again when its headline changes, and take the others from the cache after a settings change', async () => {
    const root = await makeProject(siteFiles({ 'content/site.yml': SITE(), ...fiveEditions() }));
    await buildProject(root);
    await writeFile(join(root, 'content/editions/2024-03-05-day-5.md'), edition({ headline: 'Story of day 5, corrected', date: '2024-03-05' }));
    expect((await buildProject(root)).shareImages).toEqual({ drawn: 1, fromCache: 0, threads: 0 });
    // Every page's fingerprint changes with the settings, but a card's picture does not.
    await writeFile(join(root, 'content/site.yml'), SITE().replace('A test publication.', 'A test publication, described anew.'));
    expect((await buildProject(root)).shareImages).toEqual({ drawn: 0, fromCache: 2, threads: 0 });
  });

  it('should make the same bytes in two cold builds', async () => {
    const files = { 'content/site.yml': SITE(), ...fiveEditions() };
    const [a, b] = [await buildFiles(files, { cacheDir: false, write: false }), await buildFiles(files, { cacheDir: false, write: false })];
    const pngs = (site: BuiltSite) => site.files.filter((file) => file.path.startsWith('share/'));
    expect(pngs(a)).toHaveLength(2);
    expect(pngs(a).map((file) => Buffer.from(file.contents as Uint8Array).toString('base64'))).toEqual(pngs(b).map((file) => Buffer.from(file.contents as Uint8Array).toString('base64')));
  });

  it('should name the images but draw none for edition check (shareImages: false)', async () => {
    const site = await buildFiles({ 'content/site.yml': SITE(), ...fiveEditions() }, { write: false, cacheDir: false, shareImages: false });
    expect(site.shareImages).toEqual({ drawn: 0, fromCache: 0, threads: 0 });
    expect(site.files.filter((file) => file.path.startsWith('share/'))).toEqual([]);
    const page = site.files.find((file) => file.path === '2024/03/05/day-5/index.html')!.contents.toString();
    expect(attribute(parseHtml(page).one('meta[property="og:image"]'), 'content')).toBe('https://news.example.org/brief/share/2024/03/05/day-5.png');
  });
});

/** The share images in a built site's output folder. */
function readPngs(site: BuiltSite): string[] {
  return readdirSync(join(site.outDir, 'share'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.png'))
    .map((path) => `share/${path}`)
    .sort();
}
