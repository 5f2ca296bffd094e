/** Fitting texts in a box, measured by resvg with the card's own fonts: the headline box of a card. */
import { describe, expect, it } from 'vitest';
import { fitText, type FitOptions } from '../../../../src/stages/share-image/fit-text.js';
import { cardMeasure } from '../../../../src/stages/share-image/render-card.js';
import { styleFor } from '../../../../src/stages/share-image/text-style.js';

const measure = cardMeasure();
const box = { width: 1056, height: 338, maxSize: 88, minSize: 40, lineHeight: 1.15 };
const fit = (text: string, options: Partial<FitOptions> = {}) => {
  const style = styleFor(text, 'serif', -0.02);
  const fitted = fitText(text, measure, { style, ...box, ...options });
  // Every line as resvg sets it fits the width; the lines fit the height.
  for (const line of fitted.lines) expect(measure.width(line, style) * fitted.size).toBeLessThanOrEqual(box.width);
  expect(fitted.lines.length * fitted.size * (options.lineHeight ?? box.lineHeight)).toBeLessThanOrEqual(box.height);
  return fitted;
};
const words = (text: string) => text.split(' ');

describe('fitText', () => {
  it('should set a short Latin headline on one line at the largest size', () => {
    expect(fit('Punching Back')).toEqual({ size: 88, lines: ['Punching Back'], cut: false });
  });

  it('should shrink the type for a German compound rather than break it', () => {
    const fitted = fit('Donaudampfschifffahrtsgesellschaftskapitän tritt zurück');
    expect(fitted.cut).toBe(false);
    expect(fitted.size).toBeLessThan(88);
    expect(fitted.size).toBeGreaterThanOrEqual(40);
    expect(fitted.lines[0]).toBe('Donaudampfschifffahrtsgesellschaftskapitän');
    expect(fitted.lines.flatMap(words)).toEqual(words('Donaudampfschifffahrtsgesellschaftskapitän tritt zurück'));
  });

  it('should keep Bundesverfassungsgericht whole, large', () => {
    const fitted = fit('Bundesverfassungsgericht kippt das Gesetz');
    expect(fitted.cut).toBe(false);
    expect(fitted.lines.flatMap(words)).toContain('Bundesverfassungsgericht');
    expect(fitted.size).toBeGreaterThanOrEqual(70);
  });

  it('should wrap an Arabic headline at its spaces in the Arabic face, unspaced', () => {
    const headline = 'الرد بالمثل: ميليشيات موالية لأوكرانيا تهاجم روسيا قبل الانتخابات الرئاسية';
    const style = styleFor(headline, 'serif', -0.02);
    expect(style).toEqual({ font: 'arabic', letterSpacing: 0 });
    const fitted = fit(headline, { lineHeight: 1.5 });
    expect(fitted.cut).toBe(false);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.flatMap(words)).toEqual(words(headline));
  });

  it('should fit a headline of 200 characters whole, on lines of about even length', () => {
    const headline =
      'Pro-Ukrainian militias staged a cross-border attack on Russia on Tuesday, just hours after Kyiv launched a wave of drone attacks across the border, a sharp escalation as Russians go to the polls anew.';
    expect(headline).toHaveLength(200);
    const fitted = fit(headline);
    expect(fitted.cut).toBe(false);
    expect(fitted.lines.join(' ')).toBe(headline);
    expect(fitted.lines.length).toBeLessThanOrEqual(6);
    const lengths = fitted.lines.map((line) => line.length);
    expect(Math.min(...lengths)).toBeGreaterThan(Math.max(...lengths) / 2);
  });

  it('should cut one giant word only at the smallest size, with hyphens, and lose no letter', () => {
    const word = 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetzaufhebungsverordnungsentwurfsbegründungsschreiben';
    const fitted = fit(word);
    expect(fitted).toMatchObject({ size: 40, cut: true });
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
    expect(fitted.lines.map((line) => line.replace(/-$/, '')).join('')).toBe(word);
  });

  it('should cut a word too wide for a line after a hyphen it has, adding none', () => {
    const fitted = fit('Rindfleischetikettierungsüberwachungs-aufgabenübertragungsgesetzesbegründung');
    expect(fitted.lines).toEqual(['Rindfleischetikettierungsüberwachungs-', 'aufgabenübertragungsgesetzesbegründung']);
  });

  it('should cut short with an ellipsis only what the box cannot hold at the smallest size', () => {
    const headline = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const fitted = fit(headline);
    expect(fitted).toMatchObject({ size: 40, cut: true });
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    expect(fitted.lines.join(' ').replace(/…$/, '')).toBe(headline.slice(0, fitted.lines.join(' ').length - 1));
  });

  it('should hold one line when asked, cutting a long name short', () => {
    const fitted = fit('The Extraordinarily Long-Winded and Altogether Unwieldy Name of a Publication That Would Never Fit', {
      maxSize: 44,
      minSize: 28,
      lineHeight: 1.2,
      maxLines: 1,
    });
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.lines[0]).toMatch(/…$/);
  });
});

describe('fitText, where its writer allowed', () => {
  it('should cut a word too wide for a line at a soft hyphen it has, showing a hyphen there', () => {
    const word = 'Rindfleisch\u00ADetikettierungs\u00ADüberwachungs\u00ADaufgaben\u00ADübertragungs\u00ADgesetz\u00ADaufhebungs\u00ADverordnung';
    const fitted = fit(word);
    expect(fitted).toMatchObject({ size: 40, cut: true });
    for (const line of fitted.lines.slice(0, -1)) expect(line).toMatch(/\u00AD-$/);
    expect(fitted.lines.map((line) => line.replace(/-$/, '')).join('')).toBe(word);
  });

  it('should never break a line at a no-break space', () => {
    const headline = 'Élection à Paris\u202F: « Ça suffit\u202F! » disent les électeurs de la capitale française\u00A0; la campagne se termine\u202F?';
    const fitted = fit(headline, { maxSize: 88, minSize: 56 });
    expect(fitted.lines.length).toBeGreaterThan(2);
    for (const line of fitted.lines) expect(line).not.toMatch(/^[:;?!»]/);
    expect(fitted.lines.join(' ')).toBe(headline);
  });
});
