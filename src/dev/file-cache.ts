/**
 * A ReadFile that remembers each file until told it changed: the dev server
 * drops entries as the watcher reports changes, so a rebuild after one edit
 * reads one file, not the whole site.
 */
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import type { ReadFile } from '../model/index.js';

export interface FileCache {
  read: ReadFile;
  /** Forget `path`, or everything below it when it is a folder. */
  forget(path: string): void;
  /** How many reads went to the disk so far (for tests and the benchmark). */
  readonly diskReads: number;
}

export function createFileCache(): FileCache {
  // Promises, not bytes: a read that is still running when the file changes is
  // dropped with its entry, so a stale result can never be stored afterwards.
  const entries = new Map<string, Promise<Buffer>>();
  let diskReads = 0;
  return {
    read(path) {
      let entry = entries.get(path);
      if (!entry) {
        diskReads++;
        const reading = readFile(path);
        // Failures (a file deleted mid-build) are not remembered.
        reading.catch(() => {
          if (entries.get(path) === reading) entries.delete(path);
        });
        entries.set(path, reading);
        entry = reading;
      }
      return entry;
    },
    forget(path) {
      entries.delete(path);
      const folder = path.endsWith(sep) ? path : path + sep;
      for (const key of entries.keys()) if (key.startsWith(folder)) entries.delete(key);
    },
    get diskReads() {
      return diskReads;
    },
  };
}
