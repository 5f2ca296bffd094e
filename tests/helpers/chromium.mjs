/**
 * Headless Chromium driven over the DevTools protocol on a pipe (no
 * WebSocket, no extra package): enough to open a page, run an expression in
 * it, and wait for it to load again. Used by the dev-server browser test and
 * by bench/dev-reload.mjs. Plain JavaScript so the benchmark can import it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Chromium binary: $CHROMIUM, or Debian's /usr/bin/chromium; undefined when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

/**
 * Start Chromium and open `url` in a new tab.
 * @returns {Promise<{ evaluate(expression: string): Promise<unknown>, nextLoad(timeoutMs?: number): Promise<number>, close(): Promise<void> }>}
 */
export async function openPage(url, binary = findChromium()) {
  if (!binary) throw new Error('no Chromium found; set CHROMIUM or install Debian chromium');
  const profile = mkdtempSync(join(tmpdir(), 'edition-chromium-'));
  const child = spawn(
    binary,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions', `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'],
    // Its own process group, so closing it ends its renderer processes too.
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'], detached: true },
  );
  const input = child.stdio[3];
  const output = child.stdio[4];
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  let buffer = '';
  output.on('data', (chunk) => {
    buffer += chunk.toString();
    let end;
    while ((end = buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id && pending.has(message.id)) {
        const { resolve, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const close = async () => {
    if (child.exitCode === null) {
      input.write(`${JSON.stringify({ id: nextId++, method: 'Browser.close' })}\0`);
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };

  try {
    const { targetId } = await withTimeout(send('Target.createTarget', { url: 'about:blank' }), 20_000, 'Chromium did not start');
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId);
    /** Resolves with the time (performance.now()) of the next load event of the page. */
    const nextLoad = (timeoutMs = 15_000) =>
      withTimeout(
        new Promise((resolve) => {
          const listener = (message) => {
            if (message.sessionId === sessionId && message.method === 'Page.loadEventFired') {
              listeners.delete(listener);
              resolve(performance.now());
            }
          };
          listeners.add(listener);
        }),
        timeoutMs,
        'the page did not load',
      );
    const loaded = nextLoad();
    await send('Page.navigate', { url }, sessionId);
    await loaded;
    return {
      async evaluate(expression) {
        const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
        if (exceptionDetails) throw new Error(exceptionDetails.text);
        return result.value;
      },
      nextLoad,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
    }),
  ]);
}
