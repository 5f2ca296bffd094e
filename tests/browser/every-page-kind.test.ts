/**
 * What every page kind must do in a real Chromium: no axe violations in
 * either colour scheme, no sideways scroll on a phone, one render-blocking
 * stylesheet, no layout shift, and the weight budget. The page kinds are
 * listed in page-kinds.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/chromium.mjs';
import { layoutShifts, partitionShifts } from '../helpers/layout-shift.js';
import { BUDGET_BYTES, measurePage } from '../helpers/page-weight.js';
import { serveSeedSite, type ServedSite } from '../helpers/served-site.js';
import { PAGE_KINDS } from './page-kinds.js';

let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  [served, browser] = await Promise.all([serveSeedSite(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe.each(PAGE_KINDS)('the $kind page', ({ path }) => {
  it.each(['light', 'dark'] as const)('should have no axe violations in the %s scheme', async (colorScheme) => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(served.url(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('should not scroll sideways or push anything off screen at 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(served.url(path));
    const layout = await page.evaluate(() => ({
      viewport: document.documentElement.clientWidth,
      scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      overflowing: [...document.body.querySelectorAll('*')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.left < -0.5 || box.right > document.documentElement.clientWidth + 0.5);
        })
        .map((element) => `${element.nodeName}.${element.className}`),
    }));
    expect(layout.viewport).toBe(360);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.viewport);
    expect(layout.overflowing).toEqual([]);
    await page.close();
  });

  it('should block rendering on one stylesheet only, with system fonts', async () => {
    const page = await browser.newPage();
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await page.goto(served.url(path));
    const head = await page.evaluate(() => ({
      stylesheets: [...document.querySelectorAll('link[rel~="stylesheet"]')].filter(
        (link) => !(link as HTMLLinkElement).media || (link as HTMLLinkElement).media === 'all',
      ).length,
      blockingScripts: [...document.scripts].filter((s) => !s.defer && !s.async && s.type !== 'module').map((s) => s.src || 'inline'),
      importsAndFonts: [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSImportRule || rule instanceof CSSFontFaceRule).map((rule) => rule.cssText),
      ),
    }));
    expect(head).toEqual({ stylesheets: 1, blockingScripts: [], importsAndFonts: [] });
    expect(fontRequests).toEqual([]);
    await page.close();
  });

  it.each([360, 1280])('should not shift its layout while loading at %i px, even when the script arrives late', async (width) => {
    // Tall enough that the whole page is in the viewport, so a shift anywhere counts.
    const context = await browser.newContext({ viewport: { width, height: 6000 } });
    const { page, insidePlayers } = partitionShifts(await layoutShifts(context, served.url(path)));
    expect(page).toEqual([]);
    // Chromium's own audio controls settle their time display after the first paint: tiny, and inside the player.
    expect(insidePlayers.reduce((total, shift) => total + shift.value, 0)).toBeLessThan(0.001);
    await context.close();
  });

  it('should weigh under the budget: HTML + CSS + JS compressed', async () => {
    const weight = await measurePage(browser, served.url(path));
    expect(weight.resources.map((r) => r.type).sort()).toEqual(['document', 'script', 'stylesheet']);
    expect(weight.gzip).toBeLessThan(BUDGET_BYTES);
    expect(weight.brotli).toBeLessThan(BUDGET_BYTES);
  });
});
