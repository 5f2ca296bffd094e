/**
 * `edition dev` in a real browser (headless Chromium, when the machine has
 * it): a save reloads the open page, a broken file shows the overlay over the
 * last good page, and fixing it clears the overlay.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../helpers/chromium.mjs';
import { startDev, type DevProcess } from '../helpers/dev.js';
import { edition, makeProject, siteFiles } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

const FILE = 'content/editions/2024-03-12-first.md';
const PAGE = '2024/03/12/first/';
const chromium = await findChromium();

describe.skipIf(!chromium)('edition dev in headless Chromium', () => {
  let root: string;
  let dev: DevProcess;
  let browser: Browser;
  let page: Page;
  // null while a reloading page has not parsed its <h1> yet
  const headline = () => page.evaluate(`(document.querySelector('h1') || {}).textContent || null`);
  const overlay = () => page.evaluate(`(document.getElementById('edition-dev-overlay') || {}).textContent || null`);
  async function until(check: () => Promise<boolean>, what: string) {
    const deadline = Date.now() + 15_000;
    // A check that runs while the page reloads fails ("Execution context was destroyed"): look again.
    while (!(await check().catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    root = await makeProject(siteFiles({ [FILE]: edition({ headline: 'Before', date: '2024-03-12' }) }));
    dev = await startDev(root);
    // No need to wait for the reload channel to connect: a page that connects after a
    // rebuild is told the new version in the "hello" event and reloads then.
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(new URL(PAGE, dev.url).href);
  });

  afterAll(async () => {
    try {
      await browser?.close();
      await dev?.stop();
    } finally {
      await removeTemp(root);
    }
  });

  it('should reload the open page after a save', async () => {
    expect(await headline()).toBe('Before');
    await page.evaluate('window.notReloadedYet = true');
    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await writeFile(join(root, FILE), edition({ headline: 'After', date: '2024-03-12' }));
    await reloaded;
    expect(await page.evaluate('window.notReloadedYet === undefined')).toBe(true);
    expect(await headline()).toBe('After');
  });

  it('should show the overlay over the last good page when a file breaks, and clear it when fixed', async () => {
    await writeFile(join(root, FILE), edition({ headline: 'After', date: 'March 12th' }));
    await until(async () => (await overlay()) !== null, 'the overlay');
    const text = String(await overlay());
    expect(text).toContain('The site could not be rebuilt: 1 error');
    expect(text).toContain(`${FILE}:3:1`);
    expect(text).toContain('found "March 12th"');
    expect(await headline()).toBe('After');

    await writeFile(join(root, FILE), edition({ headline: 'Fixed', date: '2024-03-12' }));
    await until(async () => (await overlay()) === null && (await headline()) === 'Fixed', 'the fixed page');
  });
});
