/**
 * `edition dev` in a real browser (headless Chromium, when the machine has
 * it): a save reloads the open page, a broken file shows the overlay over the
 * last good page, and fixing it clears the overlay.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// A plain JavaScript helper, shared with bench/dev-reload.mjs.
import { findChromium, openPage } from '../helpers/chromium.mjs';
import { startDev, type DevProcess } from '../helpers/dev.js';
import { edition, makeProject, siteFiles } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

const FILE = 'content/editions/2024-03-12-first.md';
const PAGE = '2024/03/12/first/';
const chromium = findChromium() as string | undefined;

interface Page {
  evaluate(expression: string): Promise<unknown>;
  nextLoad(timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

describe.skipIf(!chromium)('edition dev in headless Chromium', () => {
  let root: string;
  let dev: DevProcess;
  let page: Page;
  // null while a reloading page has not parsed its <h1> yet
  const headline = () => page.evaluate(`(document.querySelector('h1') || {}).textContent || null`);
  const overlay = () => page.evaluate(`(document.getElementById('edition-dev-overlay') || {}).textContent || null`);
  async function until(check: () => Promise<boolean>, what: string) {
    const deadline = Date.now() + 15_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    root = await makeProject(siteFiles({ [FILE]: edition({ headline: 'Before', date: '2024-03-12' }) }));
    dev = await startDev(root);
    // No need to wait for the reload channel to connect: a page that connects after a
    // rebuild is told the new version in the "hello" event and reloads then.
    page = (await openPage(new URL(PAGE, dev.url).href, chromium)) as Page;
  });

  afterAll(async () => {
    try {
      await page?.close();
      await dev?.stop();
    } finally {
      await removeTemp(root);
    }
  });

  it('should reload the open page after a save', async () => {
    expect(await headline()).toBe('Before');
    await page.evaluate('window.notReloadedYet = true');
    const reloaded = page.nextLoad();
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
