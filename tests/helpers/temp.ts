/**
 * Temporary folders for tests, so a run leaves nothing behind in the system's
 * temp folder.
 *
 * A folder made inside a test (or its beforeEach) is removed when that test
 * finishes, pass or fail. A folder made outside a test, in beforeAll or at a
 * file's top level, cannot tell when its last user is done: remove it with
 * removeTemp() in an afterAll. Outside Vitest (scripts/ import these helpers
 * too, and importing 'vitest' there throws) folders are made and left as before.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { getCurrentTest } from 'vitest/suite';

const vitest = process.env.VITEST ? await import('vitest') : undefined;

/** A new empty folder in the system's temp folder, removed when the current test finishes. */
export function tempDir(prefix = 'edition-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (vitest && getCurrentTest()) vitest.onTestFinished(() => removeTemp(dir));
  return dir;
}

/** Remove a folder made by tempDir(); anything outside the temp folder is refused, and a missing one ignored. */
export async function removeTemp(dir: string | undefined): Promise<void> {
  if (!dir) return; // a beforeAll that failed before making it
  if (dirname(resolve(dir)) !== resolve(tmpdir())) {
    throw new Error(`removeTemp() removes only folders made by tempDir(), not ${dir}`);
  }
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}
