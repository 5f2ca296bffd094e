/** Whole cards, drawn by resvg: their size, where their texts lie, their pixels, and their bytes. */
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import type { ShareCard } from '../../../../src/model/index.js';
import { fontFiles, loadRenderer } from '../../../../src/stages/share-image/card-fonts.js';
import { CARD, GEOMETRY } from '../../../../src/stages/share-image/card-layout.js';
import { renderShareCard, type RenderedCard } from '../../../../src/stages/share-image/render-card.js';

const colours = { paper: '#fdfcf8', ink: '#1b1b1b', muted: '#595650', rule: '#d9d4c7', accent: '#9b1c2c' };
const card = (headline: string, more: Partial<ShareCard> = {}): ShareCard => ({ headline, publication: 'GlobalPost', date: 'March 12, 2024', dir: 'ltr', colours, ...more });

const CARDS: Record<string, ShareCard> = {
  latin: card('Punching Back'),
  german: card('Donaudampfschifffahrtsgesellschaftskapitän verklagt das Bundesverfassungsgericht', { publication: 'Der Morgen', date: '12. März 2024' }),
  arabic: card('الرد بالمثل: ميليشيات موالية لأوكرانيا تهاجم روسيا قبل الانتخابات', { dir: 'rtl', publication: 'غلوبال بوست', date: '١٢ مارس ٢٠٢٤' }),
  long: card(
    'Pro-Ukrainian militias staged a cross-border attack on Russia on Tuesday, just hours after Kyiv launched a wave of drone attacks across the border, a sharp escalation as Russians go to the polls anew.',
  ),
  giant: card('Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetzaufhebungsverordnungsentwurfsbegründungsschreiben'),
};

const drawn = new Map<string, RenderedCard>(Object.entries(CARDS).map(([name, c]) => [name, renderShareCard(c)]));
const PAPER = [0xfd, 0xfc, 0xf8];

/** The card's pixels, drawn again from its SVG, as RGBA. */
function pixelsOf(rendered: RenderedCard): Buffer {
  const { Resvg } = loadRenderer();
  return new Resvg(rendered.svg, { font: { loadSystemFonts: false, fontFiles: fontFiles() }, logLevel: 'off' }).render().pixels;
}

describe('renderShareCard', () => {
  it.each([...drawn.keys()])('%s: should make a PNG of 1200×630', (name) => {
    const { png } = drawn.get(name)!;
    expect(imageSize(png)).toMatchObject({ type: 'png', width: 1200, height: 630 });
  });

  it.each([...drawn.keys()])('%s: should keep every text inside the margins, in its own band, at the first try', (name) => {
    const { bounds, attempts, layout } = drawn.get(name)!;
    expect(attempts).toBe(1);
    expect([...bounds.keys()]).toEqual(layout.texts.map((text) => text.id));
    for (const [id, box] of bounds) {
      expect(box.left, id).toBeGreaterThanOrEqual(GEOMETRY.margin - 8);
      expect(box.right, id).toBeLessThanOrEqual(CARD.width - GEOMETRY.margin + 8);
      expect(box.top, id).toBeGreaterThan(GEOMETRY.topRule);
      expect(box.bottom, id).toBeLessThan(CARD.height);
    }
    const headline = [...bounds].filter(([id]) => id.startsWith('headline-')).map(([, box]) => box);
    expect(Math.min(...headline.map((box) => box.top))).toBeGreaterThan(GEOMETRY.firstHairline);
    expect(Math.max(...headline.map((box) => box.bottom))).toBeLessThan(GEOMETRY.secondHairline);
  });

  it.each([...drawn.keys()])('%s: should leave the margins beside the headline bare paper', (name) => {
    const pixels = pixelsOf(drawn.get(name)!);
    const foreign: string[] = [];
    for (let y = GEOMETRY.firstHairline + 4; y < GEOMETRY.secondHairline - 2; y++) {
      for (const x of [...Array(GEOMETRY.margin - 8).keys(), ...Array.from({ length: GEOMETRY.margin - 8 }, (_, i) => CARD.width - 1 - i)]) {
        const at = (y * CARD.width + x) * 4;
        if (pixels[at] !== PAPER[0] || pixels[at + 1] !== PAPER[1] || pixels[at + 2] !== PAPER[2]) foreign.push(`${x},${y}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('should set a right-to-left card from the right: the headline and date end at the right margin', () => {
    const { bounds } = drawn.get('arabic')!;
    for (const id of ['headline-0', 'headline-1']) expect(CARD.width - GEOMETRY.margin - bounds.get(id)!.right).toBeLessThan(8);
    expect(bounds.get('date')!.right).toBeGreaterThan(CARD.width / 2);
    expect(bounds.get('date')!.left).toBeGreaterThan(CARD.width / 2);
    // The Latin card's start on the left.
    expect(drawn.get('latin')!.bounds.get('date')!.right).toBeLessThan(CARD.width / 2);
  });

  it('should shrink the headline of a long or compound text, and not the short one', () => {
    expect(drawn.get('latin')!.layout.headline.size).toBe(88);
    expect(drawn.get('german')!.layout.headline.size).toBeLessThan(60);
    expect(drawn.get('long')!.layout.headline).toMatchObject({ cut: false });
    expect(drawn.get('giant')!.layout.headline).toMatchObject({ size: 40, cut: true });
  });

  it('should make the same bytes from the same card', () => {
    for (const [name, c] of Object.entries(CARDS)) expect(Buffer.from(renderShareCard(c).png).equals(Buffer.from(drawn.get(name)!.png)), name).toBe(true);
  });

  it('should draw in the colours it is given', () => {
    const red = renderShareCard(card('Punching Back', { colours: { ...colours, paper: '#ff0000' } }));
    const pixels = pixelsOf(red);
    expect([...pixels.subarray((100 * CARD.width + 10) * 4, (100 * CARD.width + 10) * 4 + 3)]).toEqual([255, 0, 0]);
  });
});

describe('texts longer than a card can show', () => {
  it('should clip them before measuring, and still fit them with an ellipsis', () => {
    const huge = renderShareCard(card('Ukraine '.repeat(5000).trim(), { publication: 'Grain deal&amp;a'.repeat(2500) }));
    expect(huge.attempts).toBe(1);
    expect(huge.layout.headline).toMatchObject({ size: 40, cut: true });
    expect(huge.layout.headline.lines.at(-1)).toMatch(/…$/);
    const masthead = huge.layout.texts.find((text) => text.id === 'masthead')!;
    expect(masthead.text).toMatch(/^Grain deal&amp;a.*…$/);
    for (const [id, box] of huge.bounds) expect(box.right - box.left, id).toBeLessThanOrEqual(CARD.width - 2 * GEOMETRY.margin + 16);
  });
});
