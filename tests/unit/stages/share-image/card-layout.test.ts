import { describe, expect, it } from 'vitest';
import type { ShareCard } from '../../../../src/model/index.js';
import { CARD, clip, GEOMETRY, layoutCard } from '../../../../src/stages/share-image/card-layout.js';
import { cardMeasure } from '../../../../src/stages/share-image/render-card.js';

const colours = { paper: '#fdfcf8', ink: '#1b1b1b', muted: '#595650', rule: '#d9d4c7', accent: '#9b1c2c' };
const card = (more: Partial<ShareCard> = {}): ShareCard => ({ headline: 'Punching Back', publication: 'GlobalPost', date: 'March 12, 2024', dir: 'ltr', colours, ...more });

describe('layoutCard', () => {
  it('should measure the words of all three texts in one probe', () => {
    const measure = cardMeasure();
    layoutCard(card({ headline: 'Europe’s farmers block roads again as Brussels weighs new rules on imports' }), measure);
    expect(measure.probes).toBe(1);
  });

  it('should centre the masthead, and set the headline and date from the left, or from the right on a right-to-left card', () => {
    const ltr = layoutCard(card(), cardMeasure());
    const place = (layout: typeof ltr, id: string) => layout.texts.find((text) => text.id === id)!;
    expect(place(ltr, 'masthead')).toMatchObject({ x: CARD.width / 2, anchor: 'middle', dir: 'ltr' });
    expect(place(ltr, 'headline-0')).toMatchObject({ x: GEOMETRY.margin, anchor: 'start', dir: 'ltr' });
    expect(ltr.accent.x).toBe(GEOMETRY.margin);
    const rtl = layoutCard(card({ headline: 'الرد بالمثل', dir: 'rtl' }), cardMeasure());
    expect(place(rtl, 'headline-0')).toMatchObject({ x: CARD.width - GEOMETRY.margin, anchor: 'end', dir: 'rtl', style: { font: 'arabic' } });
    // The date is in the site's language, English here: it runs left to right, set from the right.
    expect(place(rtl, 'date')).toMatchObject({ anchor: 'end', dir: 'ltr' });
    expect(rtl.accent.x + rtl.accent.width).toBe(CARD.width - GEOMETRY.margin);
  });

  it('should centre the headline’s lines in their box', () => {
    const layout = layoutCard(card({ headline: 'Pro-Ukrainian militias staged a cross-border attack on Russia on Tuesday' }), cardMeasure());
    const baselines = layout.texts.filter((text) => text.id.startsWith('headline-')).map((text) => text.baseline);
    const { top, bottom } = GEOMETRY.headline;
    const above = baselines[0]! - 0.72 * layout.headline.size - top;
    expect(Math.abs(above - (bottom - baselines.at(-1)!))).toBeLessThan(1);
  });
});

describe('clip', () => {
  it('should keep a text a card can show, and cut a longer one at a grapheme with an ellipsis', () => {
    expect(clip('Punching Back', 20)).toBe('Punching Back');
    expect(clip('ÉÉÉÉ', 2)).toBe('ÉÉ…');
    expect(clip('🇺🇦🇺🇦🇺🇦', 2)).toBe('🇺🇦🇺🇦…');
  });
});
