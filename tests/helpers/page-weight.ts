/**
 * The weight of a page as a reader downloads it: every request the page
 * makes in Chromium, minus audio, video and images, with each body
 * compressed the way a static host would (gzip -9, brotli 11).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** The budget per page for HTML + CSS + JS, compressed (issue 4). */
export const BUDGET_BYTES = 30 * 1024;

/** Request types and content types that do not count against the budget (the icon is an image too). */
const EXCLUDED_TYPES = new Set(['media', 'image']);
const EXCLUDED_CONTENT = /^(image|audio|video)\//;

export interface Resource {
  url: string;
  type: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  resources: Resource[];
  raw: number;
  gzip: number;
  brotli: number;
}

/** Load `url` in a fresh page and weigh what it downloads. */
export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const pending: Promise<Resource | undefined>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    if (EXCLUDED_TYPES.has(type) || EXCLUDED_CONTENT.test(contentType) || response.status() !== 200) return;
    const resource = response.body().then((body) => weigh(response.url(), type, body));
    resource.catch(() => undefined); // still rejects Promise.all below; never an unhandled rejection after close
    pending.push(resource);
  });
  try {
    // networkidle: also what the page fetches after load.
    await page.goto(url, { waitUntil: 'networkidle' });
    const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== undefined);
    return {
      resources,
      raw: sum(resources, 'raw'),
      gzip: sum(resources, 'gzip'),
      brotli: sum(resources, 'brotli'),
    };
  } finally {
    await page.close();
  }
}

function weigh(url: string, type: string, body: Buffer): Resource {
  return {
    url,
    type,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function sum(resources: Resource[], key: 'raw' | 'gzip' | 'brotli'): number {
  return resources.reduce((total, resource) => total + resource[key], 0);
}
