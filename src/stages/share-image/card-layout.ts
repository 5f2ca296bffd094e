/**
 * Where everything goes on a card, 1200×630 px (the size Open Graph and X
 * show large): the site's rule of ink across the top, the publication's name
 * centred over a hairline as on its pages, the headline large in the serif,
 * and the date under a second hairline after a short bar in the accent
 * colour. A right-to-left card is the mirror image.
 */
import type { ShareCard } from '../../model/index.js';
import { fitText, wantFit, type Fitted } from './fit-text.js';
import type { TextMeasure } from './text-measure.js';
import { directionOf, styleFor, type TextStyle } from './text-style.js';
import { graphemes } from '../../util/graphemes.js';

import { CARD } from './card-size.js';

export { CARD };

/** Inline margin, and the bands the texts must keep to (their ink is checked against these after drawing). */
export const GEOMETRY = {
  margin: 72,
  topRule: 12,
  masthead: { baseline: 94, band: [24, 118] },
  firstHairline: 126,
  headline: { top: 162, bottom: 500, band: [134, 520] },
  secondHairline: 528,
  date: { baseline: 584, size: 28, band: [540, 612] },
  accentBar: { width: 40, height: 6, gap: 18 },
} as const;

export interface PlacedText {
  id: string;
  text: string;
  style: TextStyle;
  size: number;
  x: number;
  baseline: number;
  anchor: 'start' | 'middle' | 'end';
  /** The bidi algorithm's paragraph direction: the headline's from its language, the others' from their first letter. */
  dir: 'ltr' | 'rtl';
}

export interface CardLayout {
  texts: PlacedText[];
  /** The accent bar's box. */
  accent: { x: number; y: number; width: number; height: number };
  /** Headline font size in px, and whether it had to be cut to fit. */
  headline: Fitted;
}

/** Line height, and how far the tallest letters rise, in em: Naskh's letters rise and fall further than Latin ones. */
const METRICS = { latin: { lineHeight: 1.15, rise: 0.72 }, arabic: { lineHeight: 1.5, rise: 0.8 } };

/**
 * More than a card can show at its smallest sizes, in graphemes: a text past
 * these is clipped (with an ellipsis) before it is measured, so a 40,000
 * character title costs no more than a long one (it took 25 s to measure).
 */
const SHOWN = { publication: 250, headline: 1000, date: 100 };

/** `text` cut to its first `max` graphemes and an ellipsis, when it has more. */
export function clip(text: string, max: number): string {
  // Code units first: only a text that long can have that many graphemes, and most are short.
  if (text.length <= max) return text;
  const kept: string[] = [];
  for (const segment of graphemes(text)) {
    if (kept.length === max) return `${kept.join('')}\u2026`;
    kept.push(segment);
  }
  return text;
}

/** Lay the card out; `budget` below 1 gives every text less room across (a retry after one was drawn wider than measured). */
export function layoutCard(full: ShareCard, measure: TextMeasure, budget = 1): CardLayout {
  const card = { ...full, publication: clip(full.publication, SHOWN.publication), headline: clip(full.headline, SHOWN.headline), date: clip(full.date, SHOWN.date) };
  const inner = CARD.width - 2 * GEOMETRY.margin;
  const { accentBar } = GEOMETRY;
  const styles = { masthead: styleFor(card.publication, 'serif', -0.02), headline: styleFor(card.headline, 'serif', -0.02), date: styleFor(card.date, 'sans') };
  // All three texts' words in one probe.
  wantFit(card.publication, styles.masthead, measure);
  wantFit(card.headline, styles.headline, measure);
  wantFit(card.date, styles.date, measure);
  const metrics = styles.headline.font === 'arabic' ? METRICS.arabic : METRICS.latin;
  const box = GEOMETRY.headline;
  const fitted = {
    masthead: fitText(card.publication, measure, { style: styles.masthead, width: inner, height: 60, maxSize: 44, minSize: 28, lineHeight: 1.2, maxLines: 1 }, budget),
    headline: fitText(card.headline, measure, { style: styles.headline, width: inner, height: box.bottom - box.top, maxSize: 88, minSize: 40, lineHeight: metrics.lineHeight }, budget),
    date: fitText(card.date, measure, { style: styles.date, width: inner - accentBar.width - accentBar.gap, height: 40, maxSize: GEOMETRY.date.size, minSize: 20, lineHeight: 1.2, maxLines: 1 }, budget),
  };
  const rtl = card.dir === 'rtl';
  // The start of a line as the card runs: a right-to-left card is set from the right.
  const fromStart = (x: number) => (rtl ? CARD.width - x : x);
  const anchor = rtl ? 'end' : 'start';
  const dateSize = fitted.date.size;
  return {
    texts: [
      { id: 'masthead', text: fitted.masthead.lines[0] ?? '', style: styles.masthead, size: fitted.masthead.size, x: CARD.width / 2, baseline: GEOMETRY.masthead.baseline, anchor: 'middle', dir: directionOf(card.publication, card.dir) },
      ...headlineLines(fitted.headline, styles.headline, metrics).map((line): PlacedText => ({ ...line, x: fromStart(GEOMETRY.margin), anchor, dir: card.dir })),
      { id: 'date', text: fitted.date.lines[0] ?? '', style: styles.date, size: dateSize, x: fromStart(GEOMETRY.margin + accentBar.width + accentBar.gap), baseline: GEOMETRY.date.baseline, anchor, dir: directionOf(card.date, card.dir) },
    ],
    accent: {
      x: rtl ? CARD.width - GEOMETRY.margin - accentBar.width : GEOMETRY.margin,
      // Level with the middle of the date's lower-case letters.
      y: GEOMETRY.date.baseline - 0.27 * dateSize - accentBar.height / 2,
      width: accentBar.width,
      height: accentBar.height,
    },
    headline: fitted.headline,
  };
}

/** The headline's lines, centred in its box by what the eye sees: from the top of the first line's letters to the last line's baseline. */
function headlineLines(headline: Fitted, style: TextStyle, metrics: (typeof METRICS)['latin']): Omit<PlacedText, 'x' | 'anchor' | 'dir'>[] {
  const box = GEOMETRY.headline;
  const lineHeight = headline.size * metrics.lineHeight;
  const seen = (headline.lines.length - 1) * lineHeight + metrics.rise * headline.size;
  const first = box.top + (box.bottom - box.top - seen) / 2 + metrics.rise * headline.size;
  return headline.lines.map((text, i) => ({ id: `headline-${i}`, text, style, size: headline.size, baseline: first + i * lineHeight }));
}

/** The band each text's ink must lie in, top to bottom. */
export function bandOf(id: string): readonly [number, number] {
  if (id === 'masthead') return GEOMETRY.masthead.band;
  if (id === 'date') return GEOMETRY.date.band;
  return GEOMETRY.headline.band;
}
