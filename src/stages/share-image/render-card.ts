/**
 * A share card → PNG bytes. resvg lays the card out (shaping, bidi, font
 * fallback) and draws it; before drawing, where it put each text is read back
 * and checked against the card's margins and bands. A text measured narrower
 * than it is drawn (ink widths leave out some kerning and bearings) makes the
 * layout run again with less room, so nothing ever runs off the card.
 */
import type { ShareCard } from '../../model/index.js';
import { FONTS, fontFiles, loadRenderer } from './card-fonts.js';
import { bandOf, CARD, GEOMETRY, layoutCard, type CardLayout } from './card-layout.js';
import { cardSvg } from './card-svg.js';
import { inkBounds, type Box } from './ink-bounds.js';
import { TextMeasure } from './text-measure.js';

export interface RenderedCard {
  png: Uint8Array;
  svg: string;
  layout: CardLayout;
  /** Where each text's ink lies, by id ("masthead", "headline-0"…, "date"). */
  bounds: Map<string, Box>;
  /** Layouts tried; more than 1 when a text was drawn wider than measured. */
  attempts: number;
}

const ATTEMPTS = 5;
/** Letters may reach this far into the margin: a j's tail or a T's arm overhangs where its line starts, as in print. */
const OVERHANG = 8;

/** resvg with the fonts shipped with Edition and nothing from the machine, and no warnings on the terminal (a fallback to the Arabic face is one). */
function renderer() {
  const { Resvg } = loadRenderer();
  const options = { font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONTS.serif.family }, logLevel: 'off' as const };
  return (svg: string) => new Resvg(svg, options);
}

/** Widths as resvg sets the card's texts. */
export function cardMeasure(): TextMeasure {
  const resvg = renderer();
  return new TextMeasure((svg) => resvg(svg).toString());
}

export function renderShareCard(card: ShareCard): RenderedCard {
  const draw = renderer();
  const measure = new TextMeasure((svg) => draw(svg).toString());
  let budget = 1;
  for (let attempt = 1; ; attempt++) {
    const layout = layoutCard(card, measure, budget);
    const svg = cardSvg(card, layout);
    const resvg = draw(svg);
    const bounds = inkBounds(resvg.toString());
    const overflow = overflowOf(bounds);
    if (overflow === 0 || attempt === ATTEMPTS) return { png: resvg.render().asPng(), svg, layout, bounds, attempts: attempt };
    budget *= 1 - overflow - 0.01;
  }
}

/** How far the furthest text runs out of its place, as a share of that place (0 when none does). */
export function overflowOf(bounds: ReadonlyMap<string, Box>): number {
  const { margin } = GEOMETRY;
  const inner = CARD.width - 2 * margin;
  let worst = 0;
  for (const [id, box] of bounds) {
    const [top, bottom] = bandOf(id);
    const across = Math.max(0, margin - OVERHANG - box.left, box.right - (CARD.width - margin + OVERHANG)) / inner;
    const down = Math.max(top - box.top, box.bottom - bottom) / (bottom - top);
    worst = Math.max(worst, across, down);
  }
  return worst;
}
