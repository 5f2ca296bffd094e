import { describe, expect, it } from 'vitest';
import { checkArtwork } from '../../../../src/stages/validate/podcast-artwork.js';

const where = { file: 'content/site.yml', line: 9 };
const check = (width: number, height: number, format = 'png') => checkArtwork('media/cover.png', { width, height, format }, where);

describe('checkArtwork', () => {
  it('should accept a square JPEG or PNG of 1400 to 3000 pixels a side', () => {
    for (const [size, format] of [[1400, 'png'], [3000, 'jpg'], [2048, 'png']] as const) expect(check(size, size, format)).toEqual([]);
  });

  it('errors on artwork too small, naming the size found', () => {
    expect(check(1000, 1000)).toEqual([
      {
        severity: 'error',
        code: 'invalid-field',
        file: 'content/site.yml',
        line: 9,
        field: 'podcast.image',
        message: 'The podcast artwork "media/cover.png" is a PNG image of 1000 × 1000 pixels: too small. Apple Podcasts and Spotify need a square JPEG or PNG of 1400 to 3000 pixels a side.',
        hint: '3000 × 3000 pixels is what Apple recommends.',
      },
    ]);
  });

  it('errors on artwork too large', () => {
    expect(check(4000, 4000)[0]!.message).toContain('is a PNG image of 4000 × 4000 pixels: too large.');
  });

  it('errors on artwork that is not square, and says every way it does not fit', () => {
    const [d] = check(1200, 1600);
    expect(d!.message).toContain('is a PNG image of 1200 × 1600 pixels: not square and too small.');
    expect(d!.hint).toBe('Crop it to a square. 3000 × 3000 pixels is what Apple recommends.');
  });

  it('errors on a file that is not JPEG or PNG inside, whatever its name says', () => {
    const [d] = check(1400, 1400, 'gif');
    expect(d!.message).toBe(
      'The podcast artwork "media/cover.png" is a GIF image of 1400 × 1400 pixels: not a JPEG or PNG file. Apple Podcasts and Spotify need a square JPEG or PNG of 1400 to 3000 pixels a side.',
    );
    expect(d!.hint).toMatch(/^Export it as JPEG or PNG \(renaming the file does not change its format\)\./);
    expect(check(1400, 1400, 'avif')[0]!.message).toContain('is an AVIF image');
    expect(check(1400, 1400, 'jxl')[0]!.message).toContain('is an image in the JXL format');
  });
});
