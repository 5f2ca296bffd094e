/** What the focused element looks like: enough to judge whether a keyboard user can see where they are. */
import type { Page } from 'playwright-core';
import { contrast } from './colour.js';

export interface FocusRing {
  /** e.g. "AUDIO", "BUTTON Copy link", "A Start your free trial". */
  element: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColour: string;
  /** The first opaque background around the element, where an outline is drawn. */
  background: string;
}

/** Describe document.activeElement (a shadow host such as <audio> when its own controls have focus). */
export async function focusRing(page: Page): Promise<FocusRing> {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const style = getComputedStyle(element);
    let background = 'rgb(255, 255, 255)';
    for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        background = colour;
        break;
      }
    }
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      element: element.nodeName === 'AUDIO' ? 'AUDIO' : `${element.nodeName} ${text}`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColour: style.outlineColor,
      background,
    };
  });
}

/** A ring a sighted keyboard user can see: drawn, at least 2 px, at 3:1 against what is behind it (WCAG 1.4.11). */
export function isVisibleRing(ring: FocusRing): boolean {
  return ring.outlineStyle !== 'none' && ring.outlineWidth >= 2 && contrast(ring.outlineColour, ring.background) >= 3;
}
