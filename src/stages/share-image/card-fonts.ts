/**
 * The fonts share images are drawn with. They ship as npm packages and are
 * found from this module (in src/ or in the bundle in dist/, and when Edition
 * is itself installed as a dependency), and resvg is told never to look at
 * the machine's own: a card looks the same on every machine that builds it.
 * TrueType, because resvg shapes text (Arabic letters joined, marks placed)
 * only from TrueType or OpenType files; the @fontsource packages ship WOFF.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const fromHere = createRequire(import.meta.url);

/** Three faces: the headline and masthead (serif, as the site's), the date (sans, as its bylines), and Arabic script. */
export const FONTS = {
  serif: { family: 'Noto Serif', weight: 700, package: '@expo-google-fonts/noto-serif', file: '700Bold/NotoSerif_700Bold.ttf' },
  sans: { family: 'Noto Sans', weight: 400, package: '@expo-google-fonts/noto-sans', file: '400Regular/NotoSans_400Regular.ttf' },
  arabic: { family: 'Noto Naskh Arabic', weight: 700, package: '@expo-google-fonts/noto-naskh-arabic', file: '700Bold/NotoNaskhArabic_700Bold.ttf' },
} as const;

export type FontRole = keyof typeof FONTS;

/** The renderer, whose version (with the fonts') is part of every card's key. */
const RENDERER = '@resvg/resvg-js';

let files: string[] | undefined;
let version: string | undefined;

/** Absolute paths of the font files, resolved once per process. */
export function fontFiles(): string[] {
  files ??= Object.values(FONTS).map((font) => fromHere.resolve(`${font.package}/${font.file}`));
  return files;
}

/** "@resvg/resvg-js@2.6.2 @expo-google-fonts/noto-serif@0.4.2 …": a new renderer or font makes every card again. */
export function rendererVersion(): string {
  version ??= [RENDERER, ...Object.values(FONTS).map((font) => font.package)]
    .map((name) => `${name}@${(JSON.parse(readFileSync(fromHere.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`)
    .join(' ');
  return version;
}

/** resvg itself, loaded on the first card: a build that makes none never loads it. */
export function loadRenderer(): typeof import('@resvg/resvg-js') {
  return fromHere(RENDERER) as typeof import('@resvg/resvg-js');
}
