/** Does a page scroll sideways, and if it does, what pushes it wider than the screen? */
import type { Page } from 'playwright-core';

export interface SidewaysOverflow {
  /** The viewport's width without a scroll bar (documentElement.clientWidth). */
  clientWidth: number;
  /** How wide the page is (documentElement.scrollWidth); more than clientWidth means it scrolls sideways. */
  scrollWidth: number;
  /**
   * The elements that reach past either edge of the viewport, widest first, at most five, each
   * as "div.class (640 px wide, 12..652) "its text…"". Elements inside a box that scrolls or clips
   * on its own (a code block) are left out: they scroll there, not the page.
   */
  culprits: string[];
}

export async function sidewaysOverflow(page: Page): Promise<SidewaysOverflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth;
    const contained = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ element, box }) => box.width > 0 && (box.right > limit + 0.5 || box.left < -0.5) && !contained(element))
      .sort((a, b) => b.box.width - a.box.width)
      .slice(0, 5)
      .map(({ element, box }) => {
        const name = element.nodeName.toLowerCase() + [...element.classList].map((c) => `.${c}`).join('');
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
        return `${name} (${Math.round(box.width)} px wide, ${Math.round(box.left)}..${Math.round(box.right)}) "${text}"`;
      });
    return { clientWidth: limit, scrollWidth: root.scrollWidth, culprits };
  });
}
