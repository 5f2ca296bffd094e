/**
 * An edition with a wide GFM table and footnotes in Chromium: no axe
 * violations in either scheme; at 320 px the table scrolls in its own area,
 * which a keyboard reaches and scrolls, while the page never scrolls
 * sideways; footnotes work both ways with JavaScript off.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/chromium.mjs';
import { GFM_EDITION_PATH as PATH, gfmProject } from '../helpers/gfm-site.js';
import { serveProject, type ServedSite } from '../helpers/served-site.js';
import { removeTemp } from '../helpers/temp.js';

let root: string;
let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  root = await gfmProject();
  [served, browser] = await Promise.all([serveProject(root), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await removeTemp(root);
});

describe('an edition with a table and footnotes', () => {
  it.each(['light', 'dark'] as const)('should have no axe violations in the %s scheme, on the edition and the home page', async (colorScheme) => {
    const page = await browser.newPage({ colorScheme });
    for (const path of [PATH, '']) {
      await page.goto(served.url(path));
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.close();
  });

  it('should scroll the table, not the page, at 320 px, and let the keyboard reach and scroll it', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(served.url(PATH));
    const widths = await page.evaluate(() => {
      const area = document.querySelector('.table-scroll')!;
      return { page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, area: area.clientWidth, table: area.scrollWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.table).toBeGreaterThan(widths.area);

    // Tab through the page until the scroll area has the focus.
    let focused = false;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.classList.contains('table-scroll') ?? false);
    }
    expect(focused).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated: wait for it rather than reading it at once.
    await page.waitForFunction(() => document.querySelector('.table-scroll')!.scrollLeft > 0, null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.scrollLeft)).toBe(0);
    await page.close();
  });

  it('should follow a footnote and come back with JavaScript off', async () => {
    const page: Page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(served.url(PATH));
    const ref = page.locator('.edition__body a[data-footnote-ref]').first();
    const refId = await ref.getAttribute('id');
    await ref.click();
    const target = () => page.evaluate(() => document.querySelector(':target')?.id);
    expect(await target()).toBe('e-2024-03-12-turnout-fn-1');
    expect(await page.locator('.edition__body .footnotes li:target').isVisible()).toBe(true);
    await page.locator('.edition__body li:target a[data-footnote-backref]').first().click();
    expect(await target()).toBe(refId);
    await page.close();
  });
});
