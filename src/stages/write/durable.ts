/**
 * Making written files survive a power cut, and the hook the crash tests use
 * to stop a build at any step of publishing.
 *
 * A rename is only as durable as the bytes it publishes: after a power cut a
 * renamed file whose data never reached the disk is empty or torn. So every
 * staged file and folder is flushed before anything is renamed, and each
 * folder whose entries a rename changed is flushed after.
 */
import { execFile } from 'node:child_process';
import { closeSync, existsSync, fdatasyncSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';
import { cacheFileNames } from '../../cache/cache-file.js';

/**
 * For the crash tests: EDITION_TEST_KILL_AT=N makes the process kill itself
 * (SIGKILL, as an OOM killer would stop it) at its Nth publishing step. Read
 * in every build (one comparison per step); no one else has reason to set it.
 */
const KILL_AT = Number(process.env.EDITION_TEST_KILL_AT) || 0;
/**
 * With EDITION_TEST_KILL_IN=<folder name> (".edition-email"), only the steps
 * of publishing that folder count: a build publishes public/ and then the
 * email files, and a test of the second need not kill at every step of the first.
 */
const KILL_IN = process.env.EDITION_TEST_KILL_IN || undefined;
let steps = 0;
let folder: string | undefined;

/** Name the output folder the next publishing steps belong to (for EDITION_TEST_KILL_IN). */
export function publishing(outDir: string): void {
  folder = basename(outDir);
}

/**
 * Mark one step of publishing: a flush, a rename or a removal, anything that
 * changes what is beside or in public/. Writing into the staging folder is
 * not one: until the journal exists, a stopped build has changed nothing.
 */
export function publishStep(): void {
  if (KILL_AT > 0 && (KILL_IN === undefined || KILL_IN === folder) && ++steps === KILL_AT) process.kill(process.pid, 'SIGKILL');
}

/**
 * Above this many files, one syncfs(2) of the whole file system beats a
 * flush per file: 12,000 pages take ~10 s one by one and under a second
 * together on this kind of machine (see bench/RESULTS.md).
 */
const FLUSH_ONE_BY_ONE_UP_TO = 64;

/** Flush `files` and `folders` (absolute paths, all on one file system as `root`) to the disk. */
export async function flushToDisk(root: string, files: readonly string[], folders: readonly string[]): Promise<void> {
  publishStep();
  if (files.length > FLUSH_ONE_BY_ONE_UP_TO && process.platform === 'linux' && (await syncFileSystem(root))) return;
  // A few at a time: each flush waits on the disk, and the thread pool has four threads.
  const queue = [...files.map((path) => [path, false] as const), ...folders.map((path) => [path, true] as const)];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.pop(); next; next = queue.pop()) await flushOne(next[0], next[1]);
    }),
  );
}

/** Flush a cache file (cache-file.ts: a snapshot and its log) that must not lag behind what it describes. */
export async function flushCacheFile(path: string): Promise<void> {
  await flushToDisk(dirname(path), cacheFileNames(path).filter((name) => existsSync(name)), [dirname(path)]);
}

/** Flush one folder's entries (after renames into or out of it). */
export function flushFolder(path: string): void {
  publishStep();
  flushSync(path, true);
}

/**
 * mkdir -p `dir`, noting in `folders` every folder whose entries changed and
 * so must be flushed: the new ones, and the one the first of them was made in.
 */
export function makeFolder(dir: string, folders: Set<string>): void {
  if (folders.has(dir)) return;
  const first = mkdirSync(dir, { recursive: true });
  folders.add(dir);
  if (first === undefined) return;
  for (let folder = dir; folder !== first && folder !== dirname(folder); folder = dirname(folder)) folders.add(dirname(folder));
  folders.add(dirname(first));
}

/** `sync -f` is syncfs(2), which Node.js does not expose; false when it is not there to run. */
async function syncFileSystem(path: string): Promise<boolean> {
  try {
    await promisify(execFile)('sync', ['-f', path]);
    return true;
  } catch {
    return false;
  }
}

async function flushOne(path: string, folder: boolean): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
    await (folder ? handle.sync() : handle.datasync());
  } catch (cause) {
    // A folder removed since (emptied by removals) needs no flush, and some file systems (and
    // Windows) cannot flush a folder at all; a file that cannot be flushed is an error.
    if (!folder) throw cause;
  } finally {
    await handle?.close();
  }
}

function flushSync(path: string, folder: boolean): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (folder) fsyncSync(fd);
    else fdatasyncSync(fd);
  } catch (cause) {
    if (!folder) throw cause;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
