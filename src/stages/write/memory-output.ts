/** The writer for builds that stay in memory: tests, `edition check` and the preview server. */
import type { OutputFile } from '../../model/index.js';
import { madeTogether, type OutputWriter } from './write-output.js';

/**
 * What the last in-memory build made, with each file's fingerprint. A
 * long-running process (the dev server) keeps one across builds, so a
 * rebuild applies templates only to pages whose inputs changed: at 10,000
 * editions, a second instead of nine.
 */
export interface MemoryOutputCache {
  files: Map<string, { fingerprint: string; file: OutputFile }>;
}

export function createMemoryOutputCache(): MemoryOutputCache {
  return { files: new Map() };
}

/** Collects files in memory; `cache` supplies files made from the same inputs last time. */
export function memoryOutput(cache?: MemoryOutputCache): OutputWriter {
  const files: OutputFile[] = [];
  const next: MemoryOutputCache['files'] = new Map();
  let unchanged = 0;
  return {
    files,
    isCurrent: async (path, fingerprint) => cache?.files.get(path)?.fingerprint === fingerprint,
    currentFolder: async (folder, fingerprint) => (cache ? madeTogether(cache.files, folder, fingerprint, () => true) : undefined),
    keep(path) {
      const kept = cache!.files.get(path)!;
      files.push(kept.file);
      next.set(path, kept);
      unchanged++;
    },
    async write(file, fingerprint) {
      files.push(file);
      next.set(file.path, { fingerprint, file });
    },
    async commit() {
      const removed = cache ? [...cache.files.keys()].filter((path) => !next.has(path)).length : 0;
      // Only a build that succeeds replaces what the next one compares with.
      if (cache) cache.files = next;
      return { written: files.length - unchanged, unchanged, removed, mode: 'memory' };
    },
    abort: async () => undefined,
  };
}
