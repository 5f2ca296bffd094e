#!/usr/bin/env node
/**
 * Edit-to-reload time of `edition dev` for one changed edition.
 *
 * Starts the compiled CLI (`node dist/cli.js dev --port 0`) on a copy of the
 * seed content plus generated editions, then changes one edition's headline
 * again and again and measures, from the moment the file is written:
 *   - signal: the reload channel's "update" event arrives (watch + debounce + rebuild + notify)
 *   - served: the server returns the page with the new headline
 *   - browser: an open page in headless Chromium has reloaded and shows it
 *              (only when Chromium is found; see tests/helpers/chromium.mjs)
 *
 * Usage: npm run bench:dev [-- --editions 1,100 --runs 15 --warmup 3]
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium, launchChromium } from '../tests/helpers/chromium.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'content/editions/2024-03-12-punching-back.md';
const PAGE = '2024/03/12/punching-back/';

const { values } = parseArgs({
  options: {
    editions: { type: 'string', default: '1,100' },
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Edit-to-reload time of \`edition dev\` (run \`node scripts/bundle.mjs\` first, or use npm run bench:dev).

Usage: node bench/dev-reload.mjs [--editions 1,100] [--runs 15] [--warmup 3]
  --editions LIST  site sizes to measure, comma-separated (default 1,100)
  --runs N         measured edits per size (default 15)
  --warmup N       edits before measuring (default 3)

The browser column needs Chromium: CHROMIUM_PATH, /usr/bin/chromium or @sparticuz/chromium.`);
  process.exit(0);
}
const sizes = values.editions.split(',').map(Number);
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const chromium = await findChromium();

/** A project folder: the seed content plus `count - 1` generated editions like it. */
async function makeSite(count) {
  const root = await mkdtemp(join(tmpdir(), 'edition-bench-dev-'));
  await cp(join(REPO, 'content'), join(root, 'content'), { recursive: true });
  const seed = await readFile(join(root, SEED), 'utf8');
  for (let i = 1; i < count; i++) {
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const text = seed.replace('2024-03-12T07:00:00-04:00', date).replace('Punching Back', `Edition ${i}`);
    await writeFile(join(root, `content/editions/${date}-edition-${i}.md`), text);
  }
  return root;
}

function startDev(root) {
  const child = spawn(process.execPath, [join(REPO, 'dist/cli.js'), 'dev', '--port', '0', '--quiet'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${out}`)), 120_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /at http:\/\/localhost:(\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}/` });
      }
    });
  });
}

/** The reload channel, as a queue of parsed "update" events. */
async function listen(url) {
  const controller = new AbortController();
  const response = await fetch(new URL('__edition/events', url), { signal: controller.signal });
  const waiting = [];
  let buffer = '';
  (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes('event: update')) waiting.shift()?.(performance.now());
        }
      }
    } catch {}
  })();
  return { nextUpdate: () => new Promise((resolve) => waiting.push(resolve)), close: () => controller.abort() };
}

async function servedWith(url, text, deadline) {
  for (;;) {
    const html = await (await fetch(new URL(PAGE, url))).text();
    if (html.includes(text)) return performance.now();
    if (performance.now() > deadline) throw new Error('the page never changed');
  }
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), min: sorted[0], max: sorted[sorted.length - 1] };
}

const fmt = (ms) => `${ms.toFixed(0).padStart(5)} ms`;
const results = [];
for (const count of sizes) {
  const root = await makeSite(count);
  const seed = await readFile(join(root, SEED), 'utf8');
  const dev = await startDev(root);
  let channel;
  let browser;
  let page;
  const samples = { signal: [], served: [], browser: [] };
  try {
    channel = await listen(dev.url);
    if (chromium) {
      browser = await launchChromium();
      page = await browser.newPage();
      await page.goto(new URL(PAGE, dev.url).href);
    }
    for (let i = 0; i < warmup + runs; i++) {
      const headline = `Punching Back ${count}-${i}`;
      const update = channel.nextUpdate();
      // When the page next fires its load event (handled at once too, so a timeout is no unhandled rejection if a step before it fails).
      const load = page?.waitForEvent('load', { timeout: 30_000 }).then(() => performance.now());
      load?.catch(() => {});
      const started = performance.now();
      await writeFile(join(root, SEED), seed.replace('Punching Back', headline));
      const signal = await update;
      const served = await servedWith(dev.url, headline, started + 30_000);
      const loaded = load ? await load : undefined;
      if (page && (await page.evaluate(`document.querySelector('h1').textContent`)) !== headline) throw new Error('the browser shows an old page');
      if (i >= warmup) {
        samples.signal.push(signal - started);
        samples.served.push(served - started);
        if (loaded !== undefined) samples.browser.push(loaded - started);
      }
      // Let the watcher's second look (75 ms) pass so runs do not overlap.
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  } finally {
    // Whatever happened, stop what this run started.
    await browser?.close().catch(() => {});
    channel?.close();
    dev.child.kill('SIGINT');
    await new Promise((resolve) => dev.child.on('exit', resolve));
    await rm(root, { recursive: true, force: true });
  }
  const row = { editions: count, runs, signal: stats(samples.signal), served: stats(samples.served), ...(page ? { browser: stats(samples.browser) } : {}) };
  results.push(row);
  console.log(`${String(count).padStart(5)} editions  ` + ['signal', 'served', 'browser'].filter((k) => row[k]).map((k) => `${k}: median ${fmt(row[k].median)}, p90 ${fmt(row[k].p90)}`).join('  |  '));
}
console.log(JSON.stringify({ bench: 'dev-reload', node: process.version, chromium: chromium ?? null, results }));
