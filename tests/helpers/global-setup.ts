/**
 * Before any test: a Chromium for the browser tests (installed from Debian when
 * missing and allowed, see chromium.mjs), then type-check and bundle src/ once,
 * as `npm run compile` does, so CLI tests run the same dist/cli.js that
 * `npm run build` runs.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';

export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  await ensureChromium();
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' });
}
