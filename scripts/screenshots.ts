/**
 * Screenshots of every page kind (and a right-to-left edition) at 360 px and 1280 px, light and dark, with
 * the Chromium the browser tests use. For looking at the design, not a test.
 *   npm run screenshots -- [out-dir]   (default: .cache/screenshots)
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/helpers/chromium.mjs';
import { rtlProject, RTL_EDITION_PATH } from '../tests/helpers/rtl-site.js';
import { serveProject, serveSeedSite, type ServedSite } from '../tests/helpers/served-site.js';
import { PAGE_KINDS } from '../tests/browser/page-kinds.js';

const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'] as const;

const outDir = resolve(process.argv[2] ?? '.cache/screenshots');
await mkdir(outDir, { recursive: true });
const seed = await serveSeedSite();
const rtl = await serveProject(await rtlProject());
const shots: { name: string; site: ServedSite; path: string }[] = [
  ...PAGE_KINDS.map(({ kind, path }) => ({ name: kind, site: seed, path })),
  { name: 'rtl-edition', site: rtl, path: RTL_EDITION_PATH },
];
const browser = await launchChromium();
try {
  for (const { name, site, path } of shots) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: width < 600 ? 780 : 900 }, colorScheme });
        await page.goto(site.url(path), { waitUntil: 'load' });
        const file = join(outDir, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await seed.close();
  await rtl.close();
}
