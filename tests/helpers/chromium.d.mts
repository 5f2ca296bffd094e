/** Types of chromium.mjs, the one Chromium helper (plain JavaScript so `node` can run it). */
import type { Browser } from 'playwright-core';

/** Flags for a quiet, offline, sandbox-free headless Chromium (CI runs as root). */
export declare const CHROMIUM_FLAGS: readonly string[];

/** The path of a Chromium binary, or undefined when there is none; throws when CHROMIUM_PATH names a missing file. */
export declare function findChromium(): Promise<string | undefined>;

/** Debian's packages ensureChromium() installs: the browser and the fonts the layout checks were written against. */
export declare const DEBIAN_PACKAGES: readonly string[];

/** The Chromium found, else Debian's installed with apt-get when running as root; undefined (after saying what to run) otherwise. */
export declare function ensureChromium(options?: { log?: (line: string) => void }): Promise<string | undefined>;

/** Launch headless Chromium with CHROMIUM_FLAGS (plus `args`) and a fresh temporary profile, removed on close. */
export declare function launchChromium(options?: { args?: readonly string[] }): Promise<Browser>;

/** Launch headless Chromium that also accepts DevTools clients on `port` of 127.0.0.1 (Lighthouse). */
export declare function launchChromiumWithDebuggingPort(): Promise<{ browser: Browser; port: number }>;
