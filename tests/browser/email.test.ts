/**
 * The email edition in Chromium, as a mail client that follows the web's
 * rules would show it: the seed edition's email, and one with a picture, a
 * table and a footnote, at 600 px (the column) and 360 px (a phone), in the
 * light and dark schemes: no sideways scroll, no axe violations, and the
 * dark-mode rules kept in the <style> block actually applied.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/chromium.mjs';
import { richEmailFiles } from '../helpers/email.js';
import { sidewaysOverflow } from '../helpers/overflow.js';
import { buildProject, makeProject, seedProject } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

/**
 * An email is not a page: a mail client shows it inside its own page, whose main landmark holds it,
 * and its own outermost element is role="article" named by its headline, as email accessibility
 * guidance has it. So the two rules that ask a whole page for a main landmark do not apply; every
 * other rule does (contrast, names, language, structure).
 */
const NOT_A_PAGE = ['landmark-one-main', 'region'];

let browser: Browser;
const roots: string[] = [];
/** Each email's HTML, and the public/ folder its pictures and narration are served from. */
const emails: Record<string, { html: string; site: string; origin: string }> = {};

async function built(name: string, root: string, path: string, origin: string): Promise<void> {
  roots.push(root);
  const site = await buildProject(root);
  emails[name] = { html: await readFile(join(root, '.edition-email', path), 'utf8'), site: site.outDir, origin };
}

beforeAll(async () => {
  [browser] = await Promise.all([
    launchChromium(),
    built('seed', await seedProject(), '2024/03/12/punching-back.html', 'https://globalpost.example.com/'),
    built('rich', await makeProject(await richEmailFiles()), '2024/03/12/talks.html', 'https://news.example.org/'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  for (const root of roots) await removeTemp(root);
});

/** The email opened at `width` in `scheme`; its site's files answer for its absolute URLs, anything else is refused. */
async function open(name: string, width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
  const email = emails[name]!;
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(email.origin)) return route.abort();
    return route.fulfill({ path: join(email.site, decodeURIComponent(url.slice(email.origin.length))) }).catch(() => route.abort());
  });
  await page.setContent(email.html, { waitUntil: 'load' });
  return page;
}

describe.each(['seed', 'rich'])('the %s email', (name) => {
  describe.each([600, 360])('at %i px', (width) => {
    it.each(['light', 'dark'] as const)('should not scroll sideways and have no axe violations in the %s scheme', async (scheme) => {
      const page = await open(name, width, scheme);
      const overflow = await sidewaysOverflow(page);
      expect(overflow.culprits).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(width);
      expect(await axeViolations(page, NOT_A_PAGE)).toEqual([]);
      await page.close();
    });
  });

  it('should show the column 600 px wide on a wide screen, centred', async () => {
    const page = await open(name, 1024, 'light');
    const box = await page.locator('.email-column').boundingBox();
    expect(box).toMatchObject({ x: 212, width: 600 });
    await page.close();
  });

  it('should apply its dark-mode rules from the <style> block over the inlined light colours', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      const page = await open(name, 600, scheme);
      const found = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return { page: style('.email-frame__cell').backgroundColor, text: style('.email-column').color, link: style('.email-body a, .email-tags a').color };
      });
      await page.close();
      return found;
    };
    expect(await colours('light')).toEqual({ page: 'rgb(253, 252, 248)', text: 'rgb(27, 27, 27)', link: 'rgb(155, 28, 44)' });
    expect(await colours('dark')).toEqual({ page: 'rgb(20, 20, 20)', text: 'rgb(235, 232, 225)', link: 'rgb(255, 158, 158)' });
  });
});

describe('the pictures of an email', () => {
  it('should load at the size the email gives them, and shrink with a phone', async () => {
    for (const [width, expected] of [[600, 560], [360, 328]] as const) {
      const page = await open('rich', width, 'light');
      const image = page.locator('.email-body img');
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
      const box = await image.boundingBox();
      expect(Math.round(box!.width)).toBe(expected);
      expect(Math.round(box!.height)).toBe(Math.round((expected * 800) / 1200));
      await page.close();
    }
  });
});
