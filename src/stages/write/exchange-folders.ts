/**
 * Swapping two folders in one step. Linux can (renameat2 with
 * RENAME_EXCHANGE, since 3.15), but Node.js does not expose it; Perl's
 * syscall() reaches it, and Perl is part of every Debian and most other
 * Linux systems. Without it, replacing public/ takes two renames, and for
 * the instant between them public/ does not exist.
 */
import { execFile } from 'node:child_process';

/** renameat2's number, where we know it: x86-64 has its own, arm64 and the other new ports share the generic table. */
const RENAMEAT2: Partial<Record<NodeJS.Architecture, number>> = { x64: 316, arm64: 276, riscv64: 276, loong64: 276 };
const AT_FDCWD = -100;
const RENAME_EXCHANGE = 2;

/** Test-only: EDITION_TEST_NO_EXCHANGE=1 takes the two-rename path, as on systems without the call. */
const DISABLED = process.env.EDITION_TEST_NO_EXCHANGE === '1';

/** Swap `a` and `b` (absolute paths on one file system) atomically; false when this system cannot, and nothing changed. */
export function exchangeFolders(a: string, b: string): Promise<boolean> {
  const call = RENAMEAT2[process.arch];
  if (DISABLED || process.platform !== 'linux' || call === undefined) return Promise.resolve(false);
  const script = `exit(syscall(${call}, ${AT_FDCWD}, $ARGV[0], ${AT_FDCWD}, $ARGV[1], ${RENAME_EXCHANGE}) == 0 ? 0 : 1)`;
  return new Promise((resolve) => {
    execFile('perl', ['-e', script, a, b], (error) => resolve(error === null));
  });
}
