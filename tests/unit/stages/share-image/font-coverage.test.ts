import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../../../src/stages/share-image/card-fonts.js';
import { canDraw, readCmapRanges } from '../../../../src/stages/share-image/font-coverage.js';

describe('canDraw', () => {
  it.each([
    ['English', 'Punching Back: Kyiv’s “drone wave” — 17 million tons'],
    ['German', 'Donaudampfschifffahrtsgesellschaftskapitän: Straße, Größe, ẞ'],
    ['French', 'Élection à Paris : « Ça suffit ! »'],
    ['Vietnamese', 'Việt Nam tăng trưởng'],
    ['Greek', 'Εκλογές στην Αθήνα'],
    ['Russian', 'Кризис в Москве'],
    ['Arabic', 'الرد بالمثل: ميليشيات موالية لأوكرانيا'],
    ['Persian, with a zero-width non-joiner', 'می‌خواهم'],
    ['Arabic digits and date', '١٢ مارس ٢٠٢٤'],
  ])('should draw %s', (_, text) => {
    expect(canDraw(text)).toBe(true);
  });

  it.each([
    ['Japanese', '東京の朝'],
    ['Chinese', '中文标题'],
    ['Hebrew', 'שלום עולם'],
    ['Hindi, which a font has but resvg sets wrongly', 'नमस्ते'],
    ['an emoji', 'Ukraine 🇺🇦 strikes back'],
    ['a coloured heart', 'We ❤️ news'],
  ])('should refuse %s, which no card font has', (_, text) => {
    expect(canDraw(text)).toBe(false);
  });

  it('should read each font’s character map', () => {
    const [serif, sans, arabic] = fontFiles().map(readCmapRanges);
    const has = (ranges: [number, number][], char: string) => ranges!.some(([first, last]) => char.codePointAt(0)! >= first && char.codePointAt(0)! <= last);
    expect(has(serif!, 'A') && has(serif!, 'Ж') && has(serif!, '€')).toBe(true);
    expect(has(sans!, 'a')).toBe(true);
    expect(has(arabic!, 'ب') && has(arabic!, '\u0661')).toBe(true);
    expect(has(serif!, 'ب') || has(serif!, '東')).toBe(false);
  });
});
