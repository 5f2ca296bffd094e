/**
 * Find and launch a headless Chromium for browser tests and the audit scripts.
 * Order: $CHROMIUM_PATH, Debian's package (/usr/bin/chromium), then the npm
 * package @sparticuz/chromium when it is installed. `npx playwright install`
 * is never needed: playwright-core drives whichever binary is found.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a quiet, offline, sandbox-free headless Chromium (CI runs as root). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const DEBIAN_PATHS = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

/** The path of a Chromium binary, or an error that says how to get one. */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const debian = DEBIAN_PATHS.find((path) => existsSync(path));
  if (debian) return debian;
  const sparticuz = await sparticuzChromium();
  if (sparticuz) return sparticuz;
  throw new Error(
    'No Chromium found for the browser tests. Install Debian\'s package (apt-get install -y chromium; .ci/run does this), ' +
      'or `npm install --no-save @sparticuz/chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/** @sparticuz/chromium is optional (its current versions need Node 22); use it only when installed. */
async function sparticuzChromium(): Promise<string | undefined> {
  const require = createRequire(import.meta.url);
  let resolved: string;
  try {
    resolved = require.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const module = (await import(resolved)) as { default: { executablePath(): Promise<string> } };
  return module.default.executablePath();
}

/**
 * Launch headless Chromium. playwright-core gives every launch a fresh
 * temporary profile (its own --user-data-dir) and removes it on close.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_FLAGS, headless: true });
}
