/**
 * Every page kind under the headers of its own _headers file, served the way
 * Netlify and Cloudflare Pages serve it (tests/helpers/serve.ts): Chromium
 * reports no Content-Security-Policy violation, and what should work under
 * the policy still does (copy link, the narration).
 */
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.mjs';
import { parseCsp } from '../helpers/hosting-files.js';
import { serveProject, serveSeedSite, type ServedSite } from '../helpers/served-site.js';
import { edition, makeProject, siteFiles } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';
import { EDITION, PAGE_KINDS } from './page-kinds.js';

let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  [served, browser] = await Promise.all([serveSeedSite(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Runs before any of the page's own scripts: records every violation the document reports. */
const WATCH_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline'));
  }, true);`;

interface Visit {
  page: Page;
  response: Response;
  /** Violations the page reported, and console messages about the policy. */
  violations(): Promise<string[]>;
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) console.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.push(`error: ${error.message}`));
  await page.addInitScript(WATCH_VIOLATIONS);
  const response = (await page.goto(served.url(path), { waitUntil: 'load' }))!;
  return {
    page,
    response,
    async violations() {
      // Reports are queued as tasks: let them arrive.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      const reported = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      return [...reported, ...console];
    },
  };
}

describe.each(PAGE_KINDS)('the $kind page under its headers', ({ path }) => {
  it('should be sent its page kind\'s policy, nosniff and a Referrer-Policy, and report no violation', async () => {
    const { page, response, violations } = await visit(path);
    const headers = await response.allHeaders();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['cache-control']).toBe('no-cache');
    // The policy every page allows ("/*") and the page kind's own: both are enforced.
    const policies = parseCsp(headers['content-security-policy'] ?? '');
    expect(policies).toHaveLength(2);
    for (const policy of policies) expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});

describe('the policies in Chromium', () => {
  it('should report an inline script on any page, so a quiet page means a satisfied policy', async () => {
    const { page, violations } = await visit(EDITION.path);
    await page.addScriptTag({ content: 'document.title = "changed";' }).catch(() => undefined);
    expect(await page.title()).not.toBe('changed');
    expect((await violations()).some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    await page.close();
  });

  it('should serve the 404 page for a missing address with the policy every page allows, and no violation', async () => {
    const { page, response, violations } = await visit('some/deep/missing/page');
    expect(response.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    const headers = await response.allHeaders();
    expect(parseCsp(headers['content-security-policy'] ?? '')).toHaveLength(1);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('should not serve _headers or _redirects', async () => {
    const page = await browser.newPage();
    for (const file of ['_headers', '_redirects']) expect((await page.goto(served.url(file)))!.status()).toBe(404);
    await page.close();
  });

  it('should still copy the link on an edition', async () => {
    const { page, violations } = await visit(EDITION.path);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://globalpost.example.com/2024/03/12/punching-back/');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('should still load and play the narration', async () => {
    const { page, violations } = await visit(EDITION.path);
    const played = await page.locator('audio').evaluate(async (audio: HTMLAudioElement) => {
      audio.muted = true;
      await audio.play();
      await new Promise<void>((resolve) => {
        const check = () => (audio.currentTime > 0.2 ? resolve() : setTimeout(check, 20));
        check();
      });
      audio.pause();
      return { duration: Math.round(audio.duration), from: new URL(audio.currentSrc).pathname };
    });
    expect(played).toEqual({ duration: 112, from: '/media/2024-03-12-punching-back.mp3' });
    expect(await violations()).toEqual([]);
    await page.close();
  });
});

describe('a redirect page left by an alias', () => {
  it('should send the reader on to the permalink with no violation', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-moved.md': edition({ headline: 'Moved', date: '2024-03-12', aliases: '[2019/old-address/]' }) }));
    const site = await serveProject(root);
    try {
      const page = await browser.newPage();
      const reported: string[] = [];
      page.on('console', (message) => {
        if (/content security policy/i.test(message.text())) reported.push(message.text());
      });
      await page.addInitScript(WATCH_VIOLATIONS);
      const response = (await page.goto(site.url('2019/old-address/')))!;
      expect(parseCsp((await response.allHeaders())['content-security-policy'] ?? '')).toHaveLength(1);
      await page.waitForURL(site.url('2024/03/12/moved/'));
      await page.locator('h1').waitFor();
      expect(await page.locator('h1').textContent()).toBe('Moved');
      expect(reported).toEqual([]);
      await page.close();
    } finally {
      await site.close();
      await removeTemp(root);
    }
  });
});
