/**
 * One publish of a folder at a time. A second build started while one is
 * publishing would take the first one's staging folder for a stopped build's
 * and delete it, or write over its journal; so a build holds a lock file
 * beside public/ from recovery to the end of its publish.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
