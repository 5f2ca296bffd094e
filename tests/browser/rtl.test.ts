/** A right-to-left publication (Arabic) in Chromium: dir on <html>, logical CSS, no sideways scroll, no axe violations. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/chromium.mjs';
import { serveProject, type ServedSite } from '../helpers/served-site.js';
import { rtlProject, RTL_EDITION_PATH as PATH } from '../helpers/rtl-site.js';

let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  [served, browser] = await Promise.all([rtlProject().then(serveProject), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('a right-to-left edition', () => {
  it('should set dir="rtl" and lang on <html>, and lay the page out right to left', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(served.url(PATH));
    const layout = await page.evaluate(() => {
      const listen = getComputedStyle(document.querySelector('.listen')!);
      const headline = document.querySelector('h1')!.getBoundingClientRect();
      const body = document.querySelector('.edition__body')!.getBoundingClientRect();
      return {
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        direction: getComputedStyle(document.body).direction,
        // The player's accent rule is on the inline-start side: the right in RTL.
        accentRight: listen.borderRightWidth,
        accentLeft: listen.borderLeftWidth,
        headlineFlushRight: Math.abs(headline.right - body.right) < 1,
      };
    });
    expect(layout).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl', accentRight: '4px', accentLeft: '0px', headlineFlushRight: true });
    await page.close();
  });

  it('should not scroll sideways at 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(served.url(PATH));
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('should have no axe violations in the %s scheme', async (colorScheme) => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(served.url(PATH));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
