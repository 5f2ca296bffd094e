/**
 * What the last build wrote into public/: for every file, the fingerprint of
 * its inputs, the hash of its bytes, and its size and time on disk. A file
 * whose size or time no longer match was edited, replaced or deleted by hand
 * since, and is written again even when its inputs did not change.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readCacheFile, writeCacheFile, type CacheFile } from './cache-file.js';

/** The manifest's name in the cache folder. */
export const MANIFEST_FILE = 'output.bin';
/** The email folder's manifest (.edition-email/ is written by a writer of its own). */
export const EMAIL_MANIFEST_FILE = 'email-output.bin';

export interface ManifestEntry {
  /** Hash of the inputs that made the file; equal means it need not be made again. */
  fingerprint: string;
  /** Hash of the bytes written. */
  hash: string;
  size: number;
  mtimeMs: number;
}

export type Manifest = {
  outDir: string;
  /**
   * The folder's inode when this manifest was written. A build without the cache
   * (or by hand) that replaced the folder gives it a new one, so the manifest is
   * known to be stale instead of trusted.
   */
  inode: number;
  files: Map<string, ManifestEntry>;
};

/** The manifest at `path`, or undefined when it is missing or cannot be trusted. */
export async function readManifest(path: string): Promise<CacheFile<Manifest> | undefined> {
  const read = await readCacheFile<Manifest>(path);
  return read?.value.files instanceof Map && typeof read.value.outDir === 'string' ? read : undefined;
}

/** Save `manifest`; with `previous` (as read), only what changed is appended. */
export function writeManifest(path: string, manifest: Manifest, previous?: CacheFile<Manifest>): Promise<CacheFile<Manifest>> {
  return writeCacheFile(path, manifest, previous);
}

/** True when the file at `path` (relative to `outDir`) is still the one the manifest describes. */
export function isIntact(outDir: string, path: string, entry: ManifestEntry): boolean {
  // Synchronous: one cheap syscall per file, without a promise per file.
  const info = statSync(join(outDir, path), { throwIfNoEntry: false });
  return info !== undefined && info.size === entry.size && Math.trunc(info.mtimeMs) === entry.mtimeMs;
}
