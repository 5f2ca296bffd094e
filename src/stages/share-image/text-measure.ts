/**
 * Text widths, from resvg itself: it shapes the text (Arabic letters take
 * their joined forms, which are not as wide as the letters alone), so a
 * width summed from the font's advances would be wrong for Arabic. Texts are
 * measured in batches, one probe SVG per batch, at one size: resvg draws
 * outlines unhinted, so a width at another size is this one scaled.
 */
import { el, xmlDocument } from '../../util/xml.js';
import { inkBounds } from './ink-bounds.js';
import { styleAttributes, styleKey, type TextStyle } from './text-style.js';

/** Lays an SVG out as resvg would and returns its `toString()`: texts as outlines. */
export type LayOut = (svg: string) => string;

const SIZE = 100;
const ROW = SIZE * 2;
/** A bar joins no letter, so text between two keeps the forms it has alone, and has ink to measure from. */
const BAR = '|';

/** Widths in em (at font size 1) for one card. Ask for many with want(), then read them: one probe measures all. */
export class TextMeasure {
  private readonly known = new Map<string, number>();
  private readonly pending = new Map<string, { text: string; style: TextStyle }>();
  /** Probes laid out, for tests of how many a card takes. */
  probes = 0;

  constructor(private readonly layOut: LayOut) {}

  /** Texts whose widths will be read: measured together, at the first read. */
  want(texts: readonly string[], style: TextStyle): void {
    for (const text of texts) {
      const key = keyOf(text, style);
      if (!this.known.has(key)) this.pending.set(key, { text, style });
    }
  }

  /** Texts whose advances will be read. */
  wantAdvances(texts: readonly string[], style: TextStyle): void {
    this.want([BAR + BAR, ...texts.map((text) => BAR + text + BAR)], style);
  }

  /** The ink width of `text`: from its first mark to its last, side bearings left out. */
  width(text: string, style: TextStyle): number {
    const key = keyOf(text, style);
    if (!this.known.has(key)) {
      this.want([text], style);
      this.measurePending();
    }
    return this.known.get(key)!;
  }

  /** How far `text` moves the pen, side bearings and spaces included: "|text|" is as wide as "||" and the text between. */
  advance(text: string, style: TextStyle): number {
    this.wantAdvances([text], style);
    return this.width(BAR + text + BAR, style) - this.width(BAR + BAR, style);
  }

  private measurePending(): void {
    const todo = [...this.pending];
    this.pending.clear();
    const texts = todo.map(([, { text, style }], i) => el('text', { id: `m${i}`, x: 0, y: (i + 1) * ROW, ...styleAttributes(style, SIZE) }, text));
    const height = (todo.length + 1) * ROW;
    // Wide enough that no text is cut off: resvg leaves out what lies outside the canvas.
    const svg = xmlDocument(el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: 100_000, height, viewBox: `0 0 100000 ${height}` }, texts));
    const boxes = inkBounds(this.layOut(svg));
    this.probes++;
    todo.forEach(([key], i) => {
      const box = boxes.get(`m${i}`);
      this.known.set(key, box ? (box.right - box.left) / SIZE : 0);
    });
  }
}

const keyOf = (text: string, style: TextStyle) => `${styleKey(style)}\0${text}`;
