/**
 * Draws the seed site's podcast artwork, content/media/podcast-artwork.png:
 * 1400 × 1400 pixels, the smallest square Apple Podcasts takes, so the file
 * stays small. Run it again only to change the design:
 *
 *   node scripts/podcast-artwork.mjs [out.png]
 *
 * resvg draws the SVG with the Noto fonts (installed with Edition); the PNG
 * is written here as RGB without an alpha channel, since Apple asks for
 * artwork in the RGB colour space, and resvg writes RGBA. Same fonts and
 * resvg version, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const SIZE = 1400;
const fonts = [
  require.resolve('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/500Medium/NotoSans_500Medium.ttf'),
];

// The site's accent and paper colours, and the three lines of its icon (templates/assets/favicon.svg).
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 1400 1400">
  <rect width="1400" height="1400" fill="#9b1c2c"/>
  <g stroke="#fdfcf8" stroke-width="44" stroke-linecap="round">
    <path d="M190 330h420M190 430h420M190 530h260"/>
  </g>
  <text x="190" y="900" font-family="Noto Serif" font-weight="700" font-size="190" fill="#fdfcf8">GlobalPost</text>
  <rect x="190" y="980" width="1030" height="6" fill="#f3efe4" opacity="0.6"/>
  <text x="190" y="1110" font-family="Noto Sans" font-weight="500" font-size="86" fill="#f3efe4">The daily brief, read aloud</text>
</svg>`;

const rendered = new Resvg(svg, { font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } }).render();
writeFileSync(process.argv[2] ?? new URL('../content/media/podcast-artwork.png', import.meta.url), png(rendered.width, rendered.height, rendered.pixels));

/** A PNG of 8-bit RGB pixels (colour type 2) from RGBA ones, each row filtered the way that compresses best. */
function png(width, height, rgba) {
  const stride = width * 3;
  const rows = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(stride);
    for (let x = 0; x < width; x++) rgba.copy(row, x * 3, (y * width + x) * 4, (y * width + x) * 4 + 3);
    rows.push(bestFilter(row, previous));
    previous = row;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** The row with filter None, Sub or Up, whichever leaves the smallest sum of bytes (the usual heuristic). */
function bestFilter(row, above) {
  const candidates = [0, 1, 2].map((type) => {
    const out = Buffer.alloc(row.length + 1);
    out[0] = type;
    for (let i = 0; i < row.length; i++) {
      const left = i >= 3 ? row[i - 3] : 0;
      out[i + 1] = (row[i] - (type === 1 ? left : type === 2 ? above[i] : 0)) & 0xff;
    }
    return out;
  });
  const cost = (buffer) => buffer.subarray(1).reduce((sum, byte) => sum + (byte < 128 ? byte : 256 - byte), 0);
  return candidates.reduce((best, next) => (cost(next) < cost(best) ? next : best));
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
