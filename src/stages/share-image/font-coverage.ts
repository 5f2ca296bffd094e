/**
 * Whether the card's fonts can draw a text. resvg draws a character no font
 * has as an empty box, so an edition whose headline has one (Chinese, Hebrew,
 * an emoji) gets no card and keeps the site's image. Read from the fonts'
 * own character maps (only those few KB of each file), once per process.
 * And only in the scripts whose cards were looked at: Noto Sans has
 * Devanagari, but resvg falling back to it from the serif misplaces its
 * vowel signs.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { fontFiles } from './card-fonts.js';

/** Sorted, disjoint [first, last] code point ranges, flattened. */
let covered: Uint32Array | undefined;

/** Latin, Greek, Cyrillic and Arabic letters, and the punctuation, digits and marks all scripts share. */
const DRAWN_SCRIPTS = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Common}\p{Script=Inherited}]*$/u;

const LATIN_1 = /^[\u0020-\u007E\u00A0-\u00FF]*$/;

/** True when `text` is in the scripts cards are drawn in, and every character of it but whitespace is in one of the card's fonts. */
export function canDraw(text: string): boolean {
  // Printable ASCII and Latin-1, which Noto Serif and Noto Sans cover whole: most headlines, and no font is read for them.
  if (LATIN_1.test(text)) return true;
  if (!DRAWN_SCRIPTS.test(text)) return false;
  covered ??= coverage(fontFiles());
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    if (!inRanges(covered, char.codePointAt(0)!)) return false;
  }
  return true;
}

function inRanges(ranges: Uint32Array, code: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (code < ranges[mid * 2]!) high = mid - 1;
    else if (code > ranges[mid * 2 + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}

/** The union of the fonts' ranges: resvg falls back from one font to any other that has a character. */
function coverage(paths: readonly string[]): Uint32Array {
  const ranges = paths.flatMap(readCmapRanges).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of ranges) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return Uint32Array.from(merged.flat());
}

/** The code points a TrueType/OpenType file maps to glyphs: its Unicode cmap subtables of format 4 (BMP) and 12 (all planes). */
export function readCmapRanges(path: string): [number, number][] {
  const fd = openSync(path, 'r');
  try {
    const read = (offset: number, length: number) => {
      const bytes = Buffer.alloc(length);
      readSync(fd, bytes, 0, length, offset);
      return bytes;
    };
    const head = read(0, 12);
    const tables = read(12, head.readUInt16BE(4) * 16);
    for (let at = 0; at < tables.length; at += 16) {
      if (tables.toString('latin1', at, at + 4) === 'cmap') return cmapRanges(read(tables.readUInt32BE(at + 8), tables.readUInt32BE(at + 12)));
    }
    return [];
  } finally {
    closeSync(fd);
  }
}

function cmapRanges(cmap: Buffer): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const offset = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(offset);
    if (format === 12) ranges.push(...format12(cmap, offset));
    else if (format === 4) ranges.push(...format4(cmap, offset));
  }
  return ranges;
}

function format12(cmap: Buffer, offset: number): [number, number][] {
  const groups = cmap.readUInt32BE(offset + 12);
  return Array.from({ length: groups }, (_, g): [number, number] => [cmap.readUInt32BE(offset + 16 + g * 12), cmap.readUInt32BE(offset + 20 + g * 12)]);
}

/** Format 4 maps a segment's code points through a delta or a glyph array; a code mapped to glyph 0 has no glyph. */
function format4(cmap: Buffer, offset: number): [number, number][] {
  const segments = cmap.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segments; s++) {
    const first = cmap.readUInt16BE(starts + s * 2);
    const last = cmap.readUInt16BE(ends + s * 2);
    const delta = cmap.readUInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let code = first; code <= last && code !== 0xffff; code++) {
      const index = rangeOffset === 0 ? code : cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - first) * 2);
      const glyph = index === 0 && rangeOffset !== 0 ? 0 : (index + delta) & 0xffff;
      if (glyph === 0) continue;
      const previous = ranges.at(-1);
      if (previous && previous[1] === code - 1) previous[1] = code;
      else ranges.push([code, code]);
    }
  }
  return ranges;
}
