/** Watches the folders a build reads (content/, templates/) with chokidar and reports each changed path. */
import { watch } from 'chokidar';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

export interface Watcher {
  close(): Promise<void>;
}

/** Editor backups and swap files, and hidden files, which no build reads. */
export function isIgnored(path: string): boolean {
  const name = basename(path);
  return name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp)$/.test(name) || name === '4913';
}

/**
 * chokidar reports at most one "change" per file every 50 ms and drops the
 * rest, so the end of a save written in several steps, or a second save right
 * after the first, could go unseen. Each reported path is looked at again
 * after this long, and reported once more if it changed since.
 */
export const RECHECK_MS = 75;

/** Start watching `folders`; resolves once the initial scan is done, so no change after it is missed. */
export async function watchFolders(folders: readonly string[], onChange: (path: string) => void): Promise<Watcher> {
  const watcher = watch([...folders], {
    ignoreInitial: true,
    ignored: (path) => folders.every((folder) => path !== folder) && isIgnored(path),
  });
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const signature = (path: string) =>
    stat(path).then(
      (facts) => `${facts.mtimeMs}:${facts.size}`,
      () => 'gone',
    );
  const report = async (path: string) => {
    const seen = signature(path);
    onChange(path);
    const before = await seen;
    const timer = setTimeout(async () => {
      timers.delete(timer);
      if (!closed && (await signature(path)) !== before) void report(path);
    }, RECHECK_MS);
    timers.add(timer);
  };

  watcher.on('all', (_event, path) => void report(path));
  await new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve);
    watcher.once('error', reject);
  });
  return {
    close: () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      return watcher.close();
    },
  };
}
