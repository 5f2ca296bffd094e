/**
 * Before any test: type-check and bundle src/ once, as `npm run compile`
 * does, so CLI tests run the same dist/cli.js that `npm run build` runs; and
 * a Chromium for the browser tests (installed from Debian when missing and
 * allowed, see chromium.mjs). On a fresh machine the install takes a minute,
 * so the type-check and the bundle run beside it, as processes of their own.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';

function run(root: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} failed (${code ?? signal}).`))));
  });
}

export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const checks = Promise.all([
    run(root, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']),
    run(root, ['scripts/bundle.mjs']),
  ]);
  // A failed check fails the run, but only once Chromium's install is over, not in the middle of apt-get.
  checks.catch(() => {});
  await ensureChromium();
  await checks;
}
