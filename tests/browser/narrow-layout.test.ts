/**
 * Layouts that hold at 320 px whatever the content (issue 12): every page kind of the typography
 * torture site (tests/fixtures/sites/typography-torture/: 60-letter compounds and 200-character
 * addresses in headlines, body, tags, lists and navigation; emoji; Arabic mixed with English)
 * must not scroll sideways on the narrowest phones, and must pass axe in both colour schemes.
 *
 * One browser and one page for the whole file, each page kind loaded once: the widths and the
 * colour schemes are switched on the loaded page, so the file takes a few seconds a page kind.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/chromium.mjs';
import { sidewaysOverflow } from '../helpers/overflow.js';
import { serveProject, type ServedSite } from '../helpers/served-site.js';
import { removeTemp } from '../helpers/temp.js';
import { TORTURE_PAGES, TORTURE_URL, tortureProject } from '../helpers/torture-site.js';

/** The narrowest phones in use (and larger phones with zoomed display), and a common phone today. */
const WIDTHS = [320, 390] as const;
const HEIGHT = 800;

let root: string | undefined;
let served: ServedSite;
let browser: Browser;
let page: Page;
let loaded: string | undefined;

beforeAll(async () => {
  root = await tortureProject();
  [served, browser] = await Promise.all([serveProject(root), launchChromium()]);
  page = await browser.newPage({ viewport: { width: WIDTHS[0], height: HEIGHT } });
  // Media are linked at the site's own address (its url); serve them from the build, never the network,
  // so that the 1,600 px picture is really there to fit into the column.
  await page.route(`${TORTURE_URL}**`, (route) =>
    route.fulfill({ path: join(served.site.outDir, decodeURIComponent(new URL(route.request().url()).pathname)) }),
  );
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await removeTemp(root);
});

/** The page at `path`, loaded once for all the tests of its kind, at 320 px in the light scheme. */
async function open(path: string, width: number = WIDTHS[0]): Promise<Page> {
  await page.setViewportSize({ width, height: HEIGHT });
  if (loaded !== path) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(served.url(path));
    loaded = path;
  }
  return page;
}

describe.each(TORTURE_PAGES)('the torture site: $kind page', ({ path }) => {
  it.each(WIDTHS)('should not scroll sideways at %i px', async (width) => {
    const page = await open(path, width);
    const overflow = await sidewaysOverflow(page);
    expect(overflow.clientWidth).toBe(width);
    expect(
      overflow.scrollWidth,
      `the page is ${overflow.scrollWidth} px wide in a ${width} px viewport; past its edges: ${overflow.culprits.join('; ') || 'nothing found'}`,
    ).toBeLessThanOrEqual(overflow.clientWidth);
    expect(overflow.culprits, 'elements past the edges of the viewport').toEqual([]);
  });

  it.each(['light', 'dark'] as const)('should have no axe violations at 320 px in the %s scheme', async (colorScheme) => {
    const page = await open(path);
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the torture site: the longest edition', () => {
  const path = TORTURE_PAGES[0].path;

  it('should scroll a wide code block inside itself, and fit the 1,600 px picture into the column', async () => {
    const page = await open(path);
    const boxes = await page.evaluate(() => {
      const pre = document.querySelector('.edition__body pre')!;
      const img = document.querySelector<HTMLImageElement>('.edition__body img')!;
      return {
        preScrolls: pre.scrollWidth > pre.clientWidth,
        preRight: pre.getBoundingClientRect().right,
        imageLoaded: img.complete && img.naturalWidth === 1600,
        imageRight: img.getBoundingClientRect().right,
        column: document.querySelector('.edition__body')!.getBoundingClientRect().right,
      };
    });
    expect(boxes.preScrolls).toBe(true);
    expect(boxes.preRight).toBeLessThanOrEqual(boxes.column);
    expect(boxes.imageLoaded).toBe(true);
    expect(boxes.imageRight).toBeLessThanOrEqual(boxes.column);
  });

  it('should put the previous and next editions one above the other on a phone, side by side from 640 px', async () => {
    const layout = async (width: number) => {
      const page = await open(path, width);
      return page.evaluate(() => {
        const older = document.querySelector('.edition-nav__older')!.getBoundingClientRect();
        const newer = document.querySelector('.edition-nav__newer')!.getBoundingClientRect();
        return { stacked: newer.top >= older.bottom, sideBySide: newer.left >= older.right && newer.top === older.top };
      });
    };
    expect(await layout(WIDTHS[0])).toEqual({ stacked: true, sideBySide: false });
    expect(await layout(WIDTHS[1])).toEqual({ stacked: true, sideBySide: false });
    expect(await layout(1280)).toEqual({ stacked: false, sideBySide: true });
  });
});

describe('the torture site: right-to-left names in an English page', () => {
  it('should keep an Arabic topic on its own side of its count, as a reader of either language expects', async () => {
    const page = await open('tags/');
    const item = page.locator('.tag-list li').filter({ hasText: 'العالم العربي' });
    const link = (await item.locator('a').boundingBox())!;
    const count = (await item.locator('.tag-list__count').boundingBox())!;
    // Without isolation the number joins the Arabic run and is drawn on its left: "1 العالم العربي".
    expect(count.x).toBeGreaterThanOrEqual(link.x + link.width);
  });
});
