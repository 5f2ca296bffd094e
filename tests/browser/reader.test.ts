/**
 * The edition page as readers meet it in Chromium: copy link and its
 * fallbacks, phone and desktop layout, dark scheme, print, reduced motion,
 * JavaScript off, and the keyboard.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.mjs';
import { contrast, luminance } from '../helpers/colour.js';
import { focusRing, isVisibleRing } from '../helpers/focus-ring.js';
import { serveSeedSite, type ServedSite } from '../helpers/served-site.js';
import { EDITION } from './page-kinds.js';

const CANONICAL = 'https://globalpost.example.com/2024/03/12/punching-back/';

let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  [served, browser] = await Promise.all([serveSeedSite(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** The edition page in a fresh context of its own (browser.newPage: closing the page closes the context). */
async function openEdition(options: BrowserContextOptions = {}, initScript?: string): Promise<Page> {
  const page = await browser.newPage(options);
  if (initScript) await page.addInitScript(initScript);
  await page.goto(served.url(EDITION.path));
  return page;
}

describe('copy link', () => {
  it('should put the canonical URL on the clipboard and announce "Link copied"', async () => {
    const page = await openEdition();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = page.getByRole('status');
    await status.filter({ hasText: 'Link copied' }).waitFor();
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
    await page.close();
  });

  it('should show the URL selected in a visible field when the clipboard refuses', async () => {
    const refuse = `
      Object.defineProperty(Clipboard.prototype, 'writeText', { value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined });`;
    const page = await openEdition({}, refuse);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Link to copy' });
    await field.waitFor();
    expect(await field.inputValue()).toBe(CANONICAL);
    const selection = await field.evaluate((input: HTMLInputElement) => ({
      focused: document.activeElement === input,
      start: input.selectionStart,
      end: input.selectionEnd,
    }));
    expect(selection).toEqual({ focused: true, start: 0, end: CANONICAL.length });
    await page.getByRole('status').filter({ hasText: 'The link is selected above' }).waitFor();
    await page.close();
  });

  it('should offer the Web Share sheet when there is no Clipboard API but Web Share is present', async () => {
    const phone = `
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      window.__shared = [];
      Object.defineProperty(Navigator.prototype, 'share', { value: (data) => { window.__shared.push(data); return Promise.resolve(); } });`;
    const page = await openEdition({}, phone);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.waitForFunction(() => (window as unknown as { __shared: unknown[] }).__shared.length > 0);
    const shared = await page.evaluate(() => (window as unknown as { __shared: { url: string }[] }).__shared);
    expect(shared.map((data) => data.url)).toEqual([CANONICAL]);
    expect(await page.getByRole('textbox', { name: 'Link to copy' }).isVisible()).toBe(false);
    await page.close();
  });
});

describe('layout', () => {
  /** Characters per line of the first paragraph, from the average width of its own characters. */
  async function measure(page: Page) {
    return page.locator('.edition__body p').first().evaluate((p: HTMLElement) => {
      const probe = document.createElement('span');
      probe.textContent = (p.textContent ?? '').slice(0, 200);
      probe.style.whiteSpace = 'nowrap';
      p.append(probe);
      const average = probe.getBoundingClientRect().width / probe.textContent.length;
      probe.remove();
      const style = getComputedStyle(p);
      return {
        charactersPerLine: p.clientWidth / average,
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        centred: Math.abs(p.getBoundingClientRect().left - (window.innerWidth - p.getBoundingClientRect().right)) < 2,
      };
    });
  }

  it('should read well at 1280 px: a 60 to 75 character measure in a centred column', async () => {
    const page = await openEdition({ viewport: { width: 1280, height: 900 } });
    const text = await measure(page);
    expect(text.charactersPerLine).toBeGreaterThanOrEqual(60);
    expect(text.charactersPerLine).toBeLessThanOrEqual(75);
    expect(text.fontSize).toBeGreaterThanOrEqual(18);
    expect(text.lineHeight).toBeGreaterThanOrEqual(1.4);
    expect(text.centred).toBe(true);
    await page.close();
  });

  it('should read well at 360 px: full width, text no smaller than 16 px, headline in the first screen', async () => {
    const page = await openEdition({ viewport: { width: 360, height: 780 } });
    const text = await measure(page);
    expect(text.fontSize).toBeGreaterThanOrEqual(16);
    expect(text.charactersPerLine).toBeGreaterThanOrEqual(30);
    const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(headline!.y + headline!.height).toBeLessThan(780 / 2);
    await page.close();
  });
});

describe('colour schemes', () => {
  async function colours(colorScheme: 'light' | 'dark') {
    const page = await openEdition({ colorScheme });
    const result = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const paragraph = getComputedStyle(document.querySelector('.edition__body p')!);
      return {
        background: body.backgroundColor,
        text: paragraph.color,
        colorScheme: getComputedStyle(document.documentElement).colorScheme,
        used: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
      };
    });
    await page.close();
    return result;
  }

  it('should apply the dark scheme under prefers-color-scheme: dark', async () => {
    const dark = await colours('dark');
    expect(dark.used).toBe('dark');
    expect(luminance(dark.background)).toBeLessThan(0.05);
    expect(luminance(dark.text)).toBeGreaterThan(0.6);
    expect(contrast(dark.text, dark.background)).toBeGreaterThanOrEqual(7);
    expect(dark.colorScheme).toBe('light dark');
  });

  it('should be light, with dark body text, under prefers-color-scheme: light', async () => {
    const light = await colours('light');
    expect(luminance(light.background)).toBeGreaterThan(0.9);
    expect(contrast(light.text, light.background)).toBeGreaterThanOrEqual(7);
  });
});

describe('with JavaScript off', () => {
  it('should still show the whole brief, the audio player, the permalink and the offer, and no dead button', async () => {
    const page = await openEdition({ javaScriptEnabled: false });
    expect(await page.locator('.edition__body p').count()).toBe(8);
    expect(await page.locator('.edition__body p').last().isVisible()).toBe(true);
    const audio = page.locator('audio');
    expect(await audio.isVisible()).toBe(true);
    expect(await audio.evaluate((a: HTMLAudioElement) => ({ controls: a.controls, preload: a.preload, autoplay: a.autoplay }))).toEqual({
      controls: true,
      preload: 'none',
      autoplay: false,
    });
    expect(await page.getByText("Listen to Today's Edition").isVisible()).toBe(true);
    expect(await page.locator('.listen__duration').innerText()).toBe('1:52');
    expect(await page.getByRole('link', { name: 'Link to this edition' }).getAttribute('href')).toBe(CANONICAL);
    expect(await page.getByRole('complementary').getByRole('heading').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Start your free trial' }).isVisible()).toBe(true);
    expect(await page.locator('button.share__copy').isVisible()).toBe(false);
    await page.close();
  });
});

describe('keyboard', () => {
  it('should reach the audio player, then copy link, then subscribe with Tab, each with a visible focus ring', async () => {
    const page = await openEdition({ viewport: { width: 1280, height: 900 } });
    const wanted = ['AUDIO', 'BUTTON Copy link', 'A Start your free trial'];
    const reached: string[] = [];
    const invisible: string[] = [];
    for (let presses = 0; presses < 40 && reached.length < wanted.length; presses++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (wanted.includes(ring.element) && !reached.includes(ring.element)) {
        reached.push(ring.element);
        if (!isVisibleRing(ring)) invisible.push(JSON.stringify(ring));
      }
    }
    expect(reached).toEqual(wanted);
    expect(invisible).toEqual([]);
    await page.close();
  });

  it('should show the skip link on the first Tab and move focus to the edition', async () => {
    const page = await openEdition();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(isVisibleRing(await focusRing(page))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

describe('print', () => {
  it('should print without controls and with the URLs of links', async () => {
    const page = await openEdition();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.listen', 'audio', 'button.share__copy', '.offer__cta', '.skip-link']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    const after = await page.locator('.edition__body a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('" (https://www.afp.com/en)"');
    const permalink = await page.locator('.share__permalink').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(permalink).toBe(`" (${CANONICAL})"`);
    await page.close();
  });
});

describe('motion', () => {
  it('should turn transitions off under prefers-reduced-motion: reduce', async () => {
    const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await openEdition({ reducedMotion });
      const value = await page.locator('button.share__copy').evaluate((b) => getComputedStyle(b).transitionDuration);
      await page.close();
      return value.split(',').map((d) => parseFloat(d));
    };
    expect(Math.max(...(await duration('no-preference')))).toBeGreaterThan(0);
    expect(Math.max(...(await duration('reduce')))).toBe(0);
  });
});
