/**
 * The show's artwork as Apple Podcasts requires it (and Spotify accepts): a
 * square JPEG or PNG of 1400 to 3000 pixels a side. Apple refuses a show
 * whose artwork is not, so the build says so first, naming what it found.
 */
import { error } from '../../diagnostics.js';
import type { Diagnostic, ImageSize } from '../../model/index.js';

export const ARTWORK_MIN = 1400;
export const ARTWORK_MAX = 3000;

/** Formats as image-size names them, in an editor's words. */
const FORMAT_NAMES: Record<string, string> = {
  jpg: 'a JPEG',
  png: 'a PNG',
  gif: 'a GIF',
  webp: 'a WebP',
  avif: 'an AVIF',
  bmp: 'a BMP',
  tiff: 'a TIFF',
  heif: 'a HEIF',
  svg: 'an SVG',
};

/** No diagnostic when the artwork fits, else one that names its format and size and every way it does not fit. */
export function checkArtwork(src: string, size: ImageSize, where: Pick<Diagnostic, 'file' | 'line'>): Diagnostic[] {
  const { width, height, format } = size;
  const problems: string[] = [];
  const hints: string[] = [];
  if (format !== 'jpg' && format !== 'png') {
    problems.push('not a JPEG or PNG file');
    hints.push('Export it as JPEG or PNG (renaming the file does not change its format).');
  }
  if (width !== height) {
    problems.push('not square');
    hints.push('Crop it to a square.');
  }
  if (Math.min(width, height) < ARTWORK_MIN) problems.push('too small');
  if (Math.max(width, height) > ARTWORK_MAX) problems.push('too large');
  if (problems.length === 0) return [];
  hints.push('3000 × 3000 pixels is what Apple recommends.');
  const kind = Object.hasOwn(FORMAT_NAMES, format) ? `${FORMAT_NAMES[format]} image` : `an image in the ${format.toUpperCase()} format`;
  return [
    error({
      code: 'invalid-field',
      ...where,
      field: 'podcast.image',
      message: `The podcast artwork "${src}" is ${kind} of ${width} × ${height} pixels: ${list(problems)}. Apple Podcasts and Spotify need a square JPEG or PNG of ${ARTWORK_MIN} to ${ARTWORK_MAX} pixels a side.`,
      hint: hints.join(' '),
    }),
  ];
}

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
