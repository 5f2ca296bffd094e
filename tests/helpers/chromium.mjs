/**
 * The one way to find and launch headless Chromium, for the browser tests,
 * the audit scripts (weight, Lighthouse, screenshots) and bench/dev-reload.mjs.
 * Plain JavaScript with JSDoc types (chromium.d.mts declares them for
 * TypeScript) so that `node` runs it as it is and vitest / vite-node import
 * the same file.
 *
 * Order, first match wins: $CHROMIUM_PATH (or its older name $CHROMIUM),
 * Debian's package (/usr/bin/chromium), then the npm package
 * @sparticuz/chromium when it is installed. `npx playwright install` is never
 * needed: playwright-core drives whichever binary is found.
 *
 * `npm test` needs no setup by hand: when there is no Chromium, the test
 * run's global setup calls ensureChromium(), which installs Debian's when it
 * may (root, with apt-get), and otherwise says exactly what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Flags for a quiet, offline, sandbox-free headless Chromium (CI runs as root). */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

const DEBIAN_PATH = '/usr/bin/chromium';

/** Debian's browser, and the fonts the layout checks were written against (Liberation, DejaVu). */
export const DEBIAN_PACKAGES = Object.freeze(['chromium', 'fonts-liberation', 'fonts-dejavu-core']);

const APT_INSTALL = `apt-get install -y --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}`;

const NO_CHROMIUM =
  `No Chromium found for the browser tests. As root, run: apt-get update && ${APT_INSTALL} ` +
  '(npm test does this itself when it runs as root). Or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * The path of a Chromium binary, or undefined when there is none. Throws when
 * CHROMIUM_PATH (or CHROMIUM) names a file that does not exist: a wrong
 * setting is an error, not a reason to pick another browser.
 * @returns {Promise<string | undefined>}
 */
export async function findChromium() {
  for (const name of ['CHROMIUM_PATH', 'CHROMIUM']) {
    const fromEnv = process.env[name];
    if (!fromEnv) continue;
    if (!existsSync(fromEnv)) throw new Error(`${name} is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  return sparticuzChromium();
}

/**
 * @sparticuz/chromium is optional (its current versions need Node 22); use it only when installed.
 * @returns {Promise<string | undefined>}
 */
async function sparticuzChromium() {
  let resolved;
  try {
    resolved = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  /** @type {{ default: { executablePath(): Promise<string> } }} */
  const module = await import(/* @vite-ignore */ pathToFileURL(resolved).href);
  return module.default.executablePath();
}

/**
 * Make sure the browser tests have a Chromium: the one found, else Debian's,
 * installed with apt-get when this process may (root on a Debian-like
 * system). Returns its path, or undefined after printing what to run.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function ensureChromium({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const found = await findChromium();
  if (found) return found;
  const mayInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!mayInstall) {
    log(NO_CHROMIUM);
    return undefined;
  }
  log(`No Chromium found: installing Debian's for the browser tests (apt-get update && ${APT_INSTALL}).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], APT_INSTALL.split(' ').slice(1)]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0) {
      log(`apt-get ${args[0]} failed (exit ${run.status ?? run.signal}). ${NO_CHROMIUM}`);
      return undefined;
    }
  }
  return existsSync(DEBIAN_PATH) ? DEBIAN_PATH : undefined;
}

/**
 * Launch headless Chromium with CHROMIUM_FLAGS. playwright-core gives every
 * launch a fresh temporary profile (its own --user-data-dir) and removes it
 * when the browser is closed.
 * @param {{ args?: readonly string[] }} [options] extra command-line flags
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium({ args = [] } = {}) {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...args], headless: true });
}

/**
 * Launch headless Chromium that also listens for DevTools clients on a free
 * port of 127.0.0.1, for tools that connect by port (Lighthouse). Pages the
 * other client opens are its own: playwright-core does not attach to them.
 * @returns {Promise<{ browser: import('playwright-core').Browser, port: number }>}
 */
export async function launchChromiumWithDebuggingPort() {
  const port = await freePort();
  const browser = await launchChromium({ args: [`--remote-debugging-port=${port}`] });
  return { browser, port };
}

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
