/**
 * A text set in a box: the largest size at which it fits without breaking a
 * word, in balanced lines. Only at the smallest size is a word wider than the
 * line cut (after a hyphen, dash or soft hyphen it has, else anywhere, with a hyphen added),
 * and only a text that still needs more lines than the box holds is cut short
 * with an ellipsis. A 200-character headline fits whole.
 */
import type { TextMeasure } from './text-measure.js';
import { isArabicScript, type TextStyle } from './text-style.js';
import { balancedLines, greedyLines, lineWidth, type Token } from './wrap-lines.js';
import { graphemes } from '../../util/graphemes.js';

export interface FitOptions {
  style: TextStyle;
  /** The box, in px. */
  width: number;
  height: number;
  /** Sizes tried, from the largest down to the smallest in steps of 2 px. */
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
  /** At most this many lines, whatever the box holds. */
  maxLines?: number;
}

export interface Fitted {
  size: number;
  lines: string[];
  /** Words were cut or the text was cut short to fit. */
  cut: boolean;
}

/**
 * Ink widths leave out the side bearings of a word's outer letters; each gap
 * between words has two. An allowance, not a measurement: the card is checked
 * afterwards where resvg actually drew it (render-card.ts).
 */
const BEARINGS = 0.06;
const ELLIPSIS = '\u2026';
const HYPHEN = '-';
/** A word may be cut after a hyphen, dash or slash it has, or where its writer allowed (a soft hyphen, a zero-width space). */
const BREAK_AFTER = /[-\u2010\u2013\u2014/\u00AD\u200B]$/u;
/** A piece ending so shows its break: no hyphen is added (after a soft hyphen one is). */
const SHOWS_BREAK = /[-\u2010\u2013\u2014/\u200B]$/u;
/**
 * Spaces a line may break at. Not the no-break spaces (U+00A0, U+2007,
 * U+202F) that French puts before « : ; ? ! » and after numbers: a line
 * never starts with a colon.
 */
const BREAKING_SPACES = /[ \t\n\r\f\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000]+/u;

/** Ask for what fitting `text` measures first (see TextMeasure.want): several texts asked for at once take one probe. */
export function wantFit(text: string, style: TextStyle, measure: TextMeasure): string[] {
  const words = text.split(BREAKING_SPACES).filter(Boolean);
  measure.want([...words, ELLIPSIS, HYPHEN], style);
  measure.wantAdvances([' '], style);
  return words;
}

/** `text` in at most the box's lines, at the largest size that fits; `budget` scales the width (a retry after an overflow asks for less). */
export function fitText(text: string, measure: TextMeasure, options: FitOptions, budget = 1): Fitted {
  const { style } = options;
  const words = wantFit(text, style, measure);
  const tokens = words.map((word): Token => ({ text: word, width: measure.width(word, style) }));
  const gap = measure.advance(' ', style) + BEARINGS;
  const linesAt = (size: number) => Math.max(1, Math.min(options.maxLines ?? Infinity, Math.floor(options.height / (size * options.lineHeight))));
  for (let size = options.maxSize; size >= options.minSize; size -= 2) {
    const width = (options.width * budget) / size;
    if (tokens.some((token) => token.width > width)) continue;
    if (greedyLines(tokens, gap, width).length <= linesAt(size)) return { size, lines: joined(balancedLines(tokens, gap, width)), cut: false };
  }
  // At the smallest size: cut what is wider than a line, then cut short what needs too many lines.
  const size = options.minSize;
  const width = (options.width * budget) / size;
  const cutter = new WordCutter(measure, style);
  const pieces = tokens.flatMap((token) => (token.width > width ? cutter.cut(token.text, width) : [token]));
  const lines = greedyLines(pieces, gap, width);
  const kept = lines.length > linesAt(size) ? [...lines.slice(0, linesAt(size) - 1), cutter.shorten(lines[linesAt(size) - 1]!, gap, width)] : lines;
  return { size, lines: joined(kept), cut: true };
}

const joined = (lines: Token[][]) => lines.map((line) => line.map((token) => token.text).join(' '));

/** Cuts words by their graphemes, each measured once: a piece's width is the sum of its graphemes' advances (the check after drawing catches what that misses). */
class WordCutter {
  private readonly hyphen: number;
  private readonly ellipsis: number;

  constructor(
    private readonly measure: TextMeasure,
    private readonly style: TextStyle,
  ) {
    this.hyphen = measure.width(HYPHEN, style);
    this.ellipsis = measure.width(ELLIPSIS, style);
  }

  /** `word` in pieces that each fill a line; every piece but the last ends its line, with a hyphen unless it ends in one or is Arabic script. */
  cut(word: string, width: number): Token[] {
    const parts = this.graphemes(word);
    // Room for a hyphen or an ellipsis after any piece, and a little for kerning.
    const room = width * 0.96 - Math.max(this.hyphen, this.ellipsis);
    const pieces: Token[] = [];
    let start = 0;
    while (start < parts.length) {
      let end = start + 1;
      let sum = parts[start]!.width;
      while (end < parts.length && sum + parts[end]!.width <= room) sum += parts[end++]!.width;
      if (end < parts.length) {
        // Prefer the last hyphen or dash in the second half of the piece.
        for (let at = end; at > start + (end - start) / 2; at--) {
          if (BREAK_AFTER.test(parts[at - 1]!.text)) {
            end = at;
            break;
          }
        }
      }
      const text = parts.slice(start, end).map((part) => part.text).join('');
      const last = end >= parts.length;
      const marked = last || SHOWS_BREAK.test(text) || isArabicScript(text) ? text : text + HYPHEN;
      pieces.push({ text: marked, width: this.sum(parts.slice(start, end)) + (marked === text ? 0 : this.hyphen), ...(last ? {} : { breakAfter: true }) });
      start = end;
    }
    return pieces;
  }

  /** The last line that fits, with an ellipsis: whole words dropped from its end first, then graphemes. */
  shorten(line: Token[], gap: number, width: number): Token[] {
    const kept = [...line];
    while (kept.length > 1 && lineWidth(kept, gap) + this.ellipsis > width) kept.pop();
    const last = kept.pop()!;
    const room = width - lineWidth(kept, gap) - (kept.length > 0 ? gap : 0) - this.ellipsis;
    const parts = this.graphemes(last.text.replace(/-$/u, ''));
    while (parts.length > 1 && this.sum(parts) > room) parts.pop();
    const text = parts.map((part) => part.text).join('');
    return [...kept, { text: text + ELLIPSIS, width: this.sum(parts) + this.ellipsis }];
  }

  /** A word's graphemes with their advances, which sum to the word's width as set (bar kerning and Arabic joins). */
  private graphemes(word: string): Token[] {
    const parts = [...graphemes(word)];
    this.measure.wantAdvances(parts, this.style);
    return parts.map((text) => ({ text, width: this.measure.advance(text, this.style) }));
  }

  private sum(parts: readonly Token[]): number {
    return parts.reduce((total, part) => total + part.width, 0);
  }
}
