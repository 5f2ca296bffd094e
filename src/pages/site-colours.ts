/**
 * The site's colours for its share images, read from its stylesheet's custom
 * properties (templates/assets/style.css, or the project's own), so a card
 * looks like the publication: a newsroom that changes `--accent` changes its
 * cards too. Only plain hex colours are taken (anything else is a value the
 * card cannot be sure to draw); a token missing or written otherwise keeps
 * Edition's own.
 */
import type { Asset, ShareColours } from '../model/index.js';

/** Edition's own stylesheet's light colours. */
export const DEFAULT_COLOURS: ShareColours = { paper: '#fdfcf8', ink: '#1b1b1b', muted: '#595650', rule: '#d9d4c7', accent: '#9b1c2c' };

const TOKEN = /--(paper|ink|muted|rule|accent)\s*:\s*(#(?:[0-9a-f]{3}|[0-9a-f]{6}))\s*[;}]/gi;
const COMMENT = /\/\*[\s\S]*?\*\//g;

/** One stylesheet per build; read once for all its cards. */
const read = new WeakMap<Asset, ShareColours>();

export function siteColours(assets: readonly Asset[]): ShareColours {
  const stylesheet = assets.find((asset) => asset.name === 'style.css');
  if (!stylesheet) return DEFAULT_COLOURS;
  let colours = read.get(stylesheet);
  if (!colours) read.set(stylesheet, (colours = coloursOf(stylesheet.contents.toString('utf8'))));
  return colours;
}

/** The first value each token is given: the light scheme's, which :root sets before any media query changes it. */
export function coloursOf(css: string): ShareColours {
  const colours = { ...DEFAULT_COLOURS };
  const seen = new Set<string>();
  for (const [, name, value] of css.replace(COMMENT, '').matchAll(TOKEN)) {
    const token = name!.toLowerCase() as keyof ShareColours;
    if (seen.has(token)) continue;
    seen.add(token);
    colours[token] = value!.toLowerCase();
  }
  return colours;
}
