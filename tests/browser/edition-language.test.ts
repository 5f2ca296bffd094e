/**
 * Issue 12 in Chromium: an English publication's Arabic edition. Its text
 * runs right to left inside an English, left-to-right page, and neither its
 * page nor the home page listing it has an axe violation (axe checks that
 * every lang is a valid one, among the rest).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/chromium.mjs';
import { ARABIC, ARABIC_HEADLINE, mixedLanguageProject } from '../helpers/mixed-language-site.js';
import { serveProject, type ServedSite } from '../helpers/served-site.js';

let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  [served, browser] = await Promise.all([mixedLanguageProject().then(serveProject), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('an Arabic edition of an English publication', () => {
  it('should run its headline and body right to left, and the page around them left to right', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(served.url(ARABIC));
    const directions = await page.evaluate(() => {
      const direction = (selector: string) => getComputedStyle(document.querySelector(selector)!).direction;
      const language = (selector: string) => (document.querySelector(selector)!.closest('[lang]') as HTMLElement).lang;
      return Object.fromEntries(
        ['html', 'h1', '.edition__body p', '.listen__title', '.edition__byline', '.edition__tags', '.share'].map((selector) => [selector, `${language(selector)} ${direction(selector)}`]),
      );
    });
    expect(directions).toEqual({
      html: 'en ltr',
      h1: 'ar rtl',
      '.edition__body p': 'ar rtl',
      '.listen__title': 'ar rtl',
      '.edition__byline': 'en ltr',
      '.edition__tags': 'en ltr',
      '.share': 'en ltr',
    });
    await page.close();
  });

  it('should list it on the home page with its own language and direction', async () => {
    const page = await browser.newPage();
    await page.goto(served.url(''));
    const link = page.locator('.edition-list a', { hasText: ARABIC_HEADLINE });
    expect(await link.evaluate((a) => [(a as HTMLElement).lang, getComputedStyle(a).direction])).toEqual(['ar', 'rtl']);
    await page.close();
  });

  describe.each([
    ['its page', ARABIC],
    ['the home page listing it', ''],
  ])('%s', (_name, path) => {
    it.each(['light', 'dark'] as const)('should have no axe violations in the %s scheme', async (colorScheme) => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(served.url(path));
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });
});
