import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../src/cache/content-keys.js';
import { IMAGE_FOLDER, ImageCache, isWholePng } from '../../../src/cache/image-cache.js';
import { loadRenderer } from '../../../src/stages/share-image/card-fonts.js';
import { tempDir } from '../../helpers/temp.js';

const { Resvg } = loadRenderer();
const png = (fill: string) => new Uint8Array(new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="${fill}"/></svg>`).render().asPng());
const [red, blue] = [png('#f00'), png('#00f')];
const [a, b, c] = ['a', 'b', 'c'].map(keyOf);

describe('ImageCache', () => {
  it('should give back the PNG put under a key, from a new instance too', () => {
    const dir = tempDir('images-');
    ImageCache.in(dir).put(a, red);
    expect(ImageCache.in(dir).get(a)).toEqual(Buffer.from(red));
    expect(ImageCache.in(dir).get(b)).toBeUndefined();
  });

  it('should refuse a PNG that was truncated or changed on disk', () => {
    const dir = tempDir('images-');
    const cache = ImageCache.in(dir);
    cache.put(a, red);
    cache.put(b, blue);
    const [pathA, pathB] = [a, b].map((key) => join(dir, IMAGE_FOLDER, `${key}.png`));
    truncateSync(pathA!, red.length - 1);
    const changed = readFileSync(pathB!);
    changed[40] ^= 0x01;
    writeFileSync(pathB!, changed);
    expect([cache.get(a), cache.get(b)]).toEqual([undefined, undefined]);
  });

  it('should keep only the images the build names, and remove what stopped builds left half written', () => {
    const dir = tempDir('images-');
    const cache = ImageCache.in(dir);
    for (const key of [a, b, c]) cache.put(key, red);
    const folder = join(dir, IMAGE_FOLDER);
    writeFileSync(join(folder, `.${a}.999999.tmp`), 'half');
    writeFileSync(join(folder, 'notes.txt'), 'not ours');
    cache.keepOnly(new Set([b]));
    expect(readdirSync(folder).sort()).toEqual([`${b}.png`, 'notes.txt']);
  });

  it('should refuse a key that is not a content key', () => {
    expect(() => ImageCache.in(tempDir('images-')).get('../../etc/passwd')).toThrow(/Internal error/);
  });
});

describe('isWholePng', () => {
  it('should accept a whole PNG and nothing else', () => {
    expect(isWholePng(red)).toBe(true);
    expect(isWholePng(red.subarray(0, red.length - 4))).toBe(false);
    expect(isWholePng(Buffer.concat([red, Buffer.from('x')]))).toBe(false);
    expect(isWholePng(Buffer.from('not a png at all'))).toBe(false);
  });
});
