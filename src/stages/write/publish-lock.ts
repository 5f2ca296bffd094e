/**
 * One publish of a folder at a time. A second build started while one is
 * publishing would take the first one's staging folder for a stopped build's
 * and delete it, or write over its journal; so a build holds a lock file
 * beside public/ from recovery to the end of its publish.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { BuildFailedError, error } from '../../diagnostics.js';

export interface PublishLock {
  release(): void;
}

/** Take the lock of `outDir`, or say which live process holds it. A lock left by a process that died is taken over. */
export function lockPublish(outDir: string): PublishLock | { heldBy: number } {
  const path = join(dirname(outDir), `.edition-publish-${basename(outDir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }) };
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
    }
    const holder = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) return { heldBy: holder };
    rmSync(path, { force: true });
  }
  return { heldBy: 0 };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Hold the locks of `dirs` (public/, and the email folder) while `work`
 * runs. A lock another live process holds stops it with a diagnostic saying
 * so, at once or, with `waitMs`, after waiting that long for it.
 */
export async function holdPublishLocks<T>(dirs: readonly string[], root: string, work: () => Promise<T>, wait?: { waitMs: number }): Promise<T> {
  const held: PublishLock[] = [];
  try {
    for (const dir of dirs) {
      const until = Date.now() + (wait?.waitMs ?? 0);
      let lock = lockPublish(dir);
      while ('heldBy' in lock && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        lock = lockPublish(dir);
      }
      if ('heldBy' in lock) throw new BuildFailedError([publishingElsewhere(root, dir, lock.heldBy)]);
      held.push(lock);
    }
    return await work();
  } finally {
    for (const lock of held.reverse()) lock.release();
  }
}

function publishingElsewhere(root: string, dir: string, pid: number) {
  const folder = relative(root, dir) || '.';
  return error({
    code: 'output-error',
    file: folder,
    message: `Another Edition command${pid ? ` (process ${pid})` : ''} is publishing ${folder}/ or reading its cache right now; two at once would undo each other's work.`,
    hint: 'Wait for it to finish, then build again.',
  });
}
