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

export const CARD = { width: 1200, height: 630 } as const;

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
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` cut to its first `max` graphemes and an ellipsis, when it has more. */
export function clip(text: string, max: number): string {
  // Code units first: only a text that long can have that many graphemes, and most are short.
  if (text.length <= max) return text;
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length === max) return `${kept.join('')}\u2026`;
    kept.push(segment);
  }
  return text;
}

/** Lay the card out; `budget` below 1 narrows the headline's lines (a retry after a line drawn wider than measured). */
export function layoutCard(full: ShareCard, measure: TextMeasure, budget = 1): CardLayout {
  const card = { ...full, publication: clip(full.publication, SHOWN.publication), headline: clip(full.headline, SHOWN.headline), date: clip(full.date, SHOWN.date) };
  const { margin } = GEOMETRY;
  const inner = CARD.width - 2 * margin;
  const rtl = card.dir === 'rtl';
  // Start and end of a line as the card runs: a right-to-left card is anchored at the right.
  const start = rtl ? CARD.width - margin : margin;
  const anchor = rtl ? 'end' : 'start';

  const mastheadStyle = styleFor(card.publication, 'serif', -0.02);
  const headlineStyle = styleFor(card.headline, 'serif', -0.02);
  const dateStyle = styleFor(card.date, 'sans');
  // All three texts' words in one probe.
  wantFit(card.publication, mastheadStyle, measure);
  wantFit(card.headline, headlineStyle, measure);
  wantFit(card.date, dateStyle, measure);
  const masthead = fitText(card.publication, measure, { style: mastheadStyle, width: inner, height: 60, maxSize: 44, minSize: 28, lineHeight: 1.2, maxLines: 1 });

  const metrics = headlineStyle.font === 'arabic' ? METRICS.arabic : METRICS.latin;
  const box = GEOMETRY.headline;
  const headline = fitText(card.headline, measure, { style: headlineStyle, width: inner, height: box.bottom - box.top, maxSize: 88, minSize: 40, lineHeight: metrics.lineHeight }, budget);
  const lineHeight = headline.size * metrics.lineHeight;
  // Centred by what the eye sees: from the top of the first line's letters to the last line's baseline.
  const seen = (headline.lines.length - 1) * lineHeight + metrics.rise * headline.size;
  const firstBaseline = box.top + (box.bottom - box.top - seen) / 2 + metrics.rise * headline.size;

  const { accentBar, date: dateBox } = GEOMETRY;
  const dateStart = margin + accentBar.width + accentBar.gap;
  const date = fitText(card.date, measure, { style: dateStyle, width: inner - accentBar.width - accentBar.gap, height: 40, maxSize: dateBox.size, minSize: 20, lineHeight: 1.2, maxLines: 1 });

  return {
    texts: [
      { id: 'masthead', text: masthead.lines[0] ?? '', style: mastheadStyle, size: masthead.size, x: CARD.width / 2, baseline: GEOMETRY.masthead.baseline, anchor: 'middle', dir: directionOf(card.publication, card.dir) },
      ...headline.lines.map((text, i): PlacedText => ({ id: `headline-${i}`, text, style: headlineStyle, size: headline.size, x: start, baseline: firstBaseline + i * lineHeight, anchor, dir: card.dir })),
      { id: 'date', text: date.lines[0] ?? '', style: dateStyle, size: date.size, x: rtl ? CARD.width - dateStart : dateStart, baseline: dateBox.baseline, anchor, dir: directionOf(card.date, card.dir) },
    ],
    accent: {
      x: rtl ? CARD.width - margin - accentBar.width : margin,
      // Level with the middle of the date's lower-case letters.
      y: dateBox.baseline - 0.27 * date.size - accentBar.height / 2,
      width: accentBar.width,
      height: accentBar.height,
    },
    headline,
  };
}

/** The band each text's ink must lie in, top to bottom. */
export function bandOf(id: string): readonly [number, number] {
  if (id === 'masthead') return GEOMETRY.masthead.band;
  if (id === 'date') return GEOMETRY.date.band;
  return GEOMETRY.headline.band;
}
