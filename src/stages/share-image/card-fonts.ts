/**
 * The fonts share images are drawn with: three TrueType files in fonts/,
 * shipped in Edition's package (fonts/README.md says where they come from),
 * and resvg is told never to look at the machine's own: a card looks the
 * same on every machine that builds it. TrueType, because resvg shapes text
 * (Arabic letters joined, marks placed) only from TrueType or OpenType files.
 * Shipped as files rather than as the font packages they come from, whose
 * every weight and style would be 27 MB of each newsroom's install.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { editionVersion, FONTS_DIR } from '../../package-files.js';

const fromHere = createRequire(import.meta.url);

/**
 * Three faces: the headline and masthead (serif, as the site's), the date (sans, as its bylines), and Arabic
 * script. `source` is the npm package and file each was copied from (a dev dependency, to copy them again).
 */
export const FONTS = {
  serif: { family: 'Noto Serif', weight: 700, file: 'NotoSerif_700Bold.ttf', source: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf' },
  sans: { family: 'Noto Sans', weight: 400, file: 'NotoSans_400Regular.ttf', source: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
  arabic: {
    family: 'Noto Naskh Arabic',
    weight: 700,
    file: 'NotoNaskhArabic_700Bold.ttf',
    source: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
  },
} as const;

export type FontRole = keyof typeof FONTS;

/** The renderer, whose version (with the fonts') is part of every card's key. */
const RENDERER = '@resvg/resvg-js';

let files: string[] | undefined;
let version: string | undefined;

/** Absolute paths of the font files. */
export function fontFiles(): string[] {
  files ??= Object.values(FONTS).map((font) => join(FONTS_DIR, font.file));
  return files;
}

/**
 * "@resvg/resvg-js@2.6.2 fonts@0.1.0:506864,629024,199624": a new renderer,
 * or new fonts, make every card again. The fonts ship in Edition's package,
 * so they change only with its version (their sizes catch a file replaced
 * in a checkout); reading them to hash would cost a warm build 7 ms.
 */
export function rendererVersion(): string {
  if (version === undefined) {
    const renderer = (JSON.parse(readFileSync(fromHere.resolve(`${RENDERER}/package.json`), 'utf8')) as { version: string }).version;
    version = `${RENDERER}@${renderer} fonts@${editionVersion()}:${fontFiles().map((path) => statSync(path).size).join(',')}`;
  }
  return version;
}

/** resvg itself, loaded on the first card: a build that makes none never loads it. */
export function loadRenderer(): typeof import('@resvg/resvg-js') {
  return fromHere(RENDERER) as typeof import('@resvg/resvg-js');
}
