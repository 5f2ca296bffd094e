/** How a text on the card is set: which face, and how tightly. */
import { FONTS, type FontRole } from './card-fonts.js';

export interface TextStyle {
  font: FontRole;
  /** Added after every character, in em (negative tightens, as the site's headlines are). */
  letterSpacing: number;
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/**
 * A text with Arabic letters is set in the Arabic face, whatever its role
 * (its Latin words too: the face has Latin letters, and one face keeps a line
 * even), and never letter-spaced: spacing pulls joined letters apart.
 */
export function styleFor(text: string, role: 'serif' | 'sans', letterSpacing = 0): TextStyle {
  return ARABIC_SCRIPT.test(text) ? { font: 'arabic', letterSpacing: 0 } : { font: role, letterSpacing };
}

const FIRST_STRONG = /[\p{L}]/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The way a text runs by its first letter, as HTML's dir="auto" decides: the
 * masthead and the date are in the site's language, which may run the other
 * way from the headline's. Told the wrong way, the bidi algorithm moves a
 * comma or a year to the wrong end ("2024 ,March 12").
 */
export function directionOf(text: string, otherwise: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const letter = FIRST_STRONG.exec(text)?.[0];
  if (letter === undefined) return otherwise;
  return RIGHT_TO_LEFT.test(letter) ? 'rtl' : 'ltr';
}

/** True for text in Arabic script, which a broken word must not end with a hyphen. */
export const isArabicScript = (text: string) => ARABIC_SCRIPT.test(text);

/** The SVG attributes that set `style` at `size` px. */
export function styleAttributes(style: TextStyle, size: number): Record<string, string> {
  const font = FONTS[style.font];
  return {
    'font-family': font.family,
    'font-weight': String(font.weight),
    'font-size': px(size),
    ...(style.letterSpacing ? { 'letter-spacing': px(style.letterSpacing * size) } : {}),
  };
}

/** A length as SVG writes it: two decimals at most, so equal layouts give equal bytes. */
export const px = (value: number) => String(Math.round(value * 100) / 100);

export const styleKey = (style: TextStyle) => `${style.font}|${style.letterSpacing}`;
