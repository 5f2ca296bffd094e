/**
 * One cache file: a magic header, a SHA-256 of the payload, then the payload
 * (v8-serialized). A file that is missing, truncated, corrupt or from another
 * format version reads as empty: the cache is never trusted, only verified.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

const MAGIC = Buffer.from('EDCACHE2');
const HASH_BYTES = 32;

/** Read and verify; undefined when the file cannot be trusted. */
export async function readCacheFile<T>(path: string): Promise<T | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  if (bytes.length < MAGIC.length + HASH_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const expected = bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES);
  const payload = bytes.subarray(MAGIC.length + HASH_BYTES);
  if (!createHash('sha256').update(payload).digest().equals(expected)) return undefined;
  try {
    return deserialize(payload) as T;
  } catch {
    return undefined;
  }
}

/** Write atomically (temp file, then rename), so a crash never leaves a half-written cache. */
export async function writeCacheFile(path: string, value: unknown): Promise<void> {
  const payload = serialize(value);
  const hash = createHash('sha256').update(payload).digest();
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  // Three writes of the parts rather than one concatenated copy of a payload that can be tens of MB.
  const handle = await open(temp, 'w');
  try {
    await handle.writev([MAGIC, hash, payload]);
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}
