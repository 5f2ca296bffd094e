/** An output file's bytes as both disk writers stage them, and the manifest entry that records them. */
import { copyFileSync, statSync, writeFileSync } from 'node:fs';
import { keyOf } from '../../cache/content-keys.js';
import type { ManifestEntry } from '../../cache/output-manifest.js';
import type { OutputFile } from '../../model/index.js';

export interface FileBytes {
  /** The bytes to write, or the file to copy them from. */
  source: { bytes: Uint8Array } | { copyFrom: string };
  /** Names the bytes: equal to the last build's means the file need not be written again. */
  hash: string;
}

export function fileBytes(file: OutputFile, fingerprint: string): FileBytes {
  const { contents } = file;
  // Copied media can be large: identify it by its fingerprint (size and time) instead of reading it.
  if (typeof contents === 'object' && 'copyFrom' in contents) return { source: { copyFrom: contents.copyFrom }, hash: `copy:${fingerprint}` };
  const bytes = typeof contents === 'string' ? Buffer.from(contents) : (contents as Uint8Array);
  return { source: { bytes }, hash: keyOf(bytes) };
}

/** Write `bytes` at `target` (its folder exists); synchronous, as a promise per file cost 10,000 pages thread-pool round trips. */
export function putFile(target: string, { source, hash }: FileBytes, fingerprint: string): ManifestEntry {
  if ('copyFrom' in source) copyFileSync(source.copyFrom, target);
  else writeFileSync(target, source.bytes);
  const info = statSync(target);
  return { fingerprint, hash, size: info.size, mtimeMs: Math.trunc(info.mtimeMs) };
}
