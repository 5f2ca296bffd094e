/**
 * One cache file: a snapshot (a magic header, a SHA-256 of the payload, then
 * the v8-serialized payload) and, beside it in `<name>.log`, the changes
 * made since, one verified record per build. A build that changes a few
 * entries of a 10 MB index appends a few hundred bytes instead of rewriting
 * it; once the log outgrows a quarter of the snapshot, the next save writes
 * a fresh snapshot.
 *
 * Nothing is trusted, only verified: a snapshot that is missing, truncated,
 * corrupt or from another format version reads as empty; the log is read up
 * to its first record that does not verify, and is ignored altogether when
 * it was written against another snapshot.
 *
 * Values are objects whose fields are either plain values or Maps; Maps are
 * logged entry by entry, compared by identity, so an entry kept from the
 * loaded value costs nothing to save. A save against a value read compares
 * with that value as it is then: build the next value in new Maps, and leave
 * the read one's Maps alone (or save without it).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

const MAGIC = Buffer.from('EDCACHE4');
const LOG_MAGIC = Buffer.from('EDLOG001');
const HASH_BYTES = 32;
const LENGTH_BYTES = 4;
/** The log is folded into a new snapshot once it is this fraction of the snapshot's size. */
const LOG_SHARE = 0.25;

type Stored = Record<string, unknown>;

/** The files a cache file at `path` occupies on disk: the snapshot and its log. */
export const cacheFileNames = (path: string): string[] => [path, `${path}.log`];

/** A value as read, with what a later save needs to append to it. */
export interface CacheFile<T> {
  value: T;
  /** Identifies the snapshot, and where the log's verified records end. */
  readonly origin: { snapshotHash: Buffer; snapshotBytes: number; logEnd: number; logIntact: boolean };
}

interface Change {
  fields: Stored;
  maps: Record<string, { set: [unknown, unknown][]; deleted: unknown[] }>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

/** Read and verify; undefined when the snapshot cannot be trusted. */
export async function readCacheFile<T extends Stored>(path: string): Promise<CacheFile<T> | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes || bytes.length < MAGIC.length + HASH_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const snapshotHash = bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES);
  const payload = bytes.subarray(MAGIC.length + HASH_BYTES);
  if (!sha256(payload).equals(snapshotHash)) return undefined;
  const value = decode<T>(payload);
  if (!value || typeof value !== 'object') return undefined;
  const log = await readFile(`${path}.log`).catch(() => undefined);
  let logEnd = 0;
  let logIntact = false;
  if (log && log.length >= LOG_MAGIC.length + HASH_BYTES && log.subarray(0, LOG_MAGIC.length).equals(LOG_MAGIC)) {
    if (log.subarray(LOG_MAGIC.length, LOG_MAGIC.length + HASH_BYTES).equals(snapshotHash)) {
      logEnd = LOG_MAGIC.length + HASH_BYTES;
      while (logEnd + LENGTH_BYTES + HASH_BYTES <= log.length) {
        const length = log.readUInt32LE(logEnd);
        const start = logEnd + LENGTH_BYTES + HASH_BYTES;
        const record = log.subarray(start, start + length);
        if (record.length !== length || !sha256(record).equals(log.subarray(logEnd + LENGTH_BYTES, start))) break;
        const change = decode<Change>(record);
        if (!change || !apply(value, change)) break;
        logEnd = start + length;
      }
      logIntact = logEnd === log.length;
    }
  }
  return { value, origin: { snapshotHash, snapshotBytes: bytes.length, logEnd, logIntact } };
}

/**
 * Save `value`: appended to the log as the changes since `previous` (what
 * readCacheFile or the last save returned) when that is small, otherwise
 * written as a new snapshot. Either way a crash never leaves a file that
 * verifies wrongly. Returns the file as it now is, to save against next.
 */
export async function writeCacheFile<T extends Stored>(path: string, value: T, previous?: CacheFile<T>): Promise<CacheFile<T>> {
  const origin = previous?.origin;
  if (previous && origin?.logIntact) {
    const change = diff(previous.value, value);
    if (!change) return previous;
    const record = serialize(change);
    if (origin.logEnd + record.length <= origin.snapshotBytes * LOG_SHARE && appendRecord(`${path}.log`, origin, record)) {
      return { value, origin: { ...origin, logEnd: origin.logEnd + LENGTH_BYTES + HASH_BYTES + record.length } };
    }
  }
  return writeSnapshot(path, value);
}

async function writeSnapshot<T extends Stored>(path: string, value: T): Promise<CacheFile<T>> {
  const payload = serialize(value);
  const hash = sha256(payload);
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
  // The old log names the old snapshot and would be ignored anyway; a new one starts empty.
  await rm(`${path}.log`, { force: true });
  const log = await open(`${path}.log`, 'w');
  try {
    await log.writev([LOG_MAGIC, hash]);
  } finally {
    await log.close();
  }
  const snapshotBytes = MAGIC.length + HASH_BYTES + payload.length;
  return { value, origin: { snapshotHash: hash, snapshotBytes, logEnd: LOG_MAGIC.length + HASH_BYTES, logIntact: true } };
}

/**
 * Append one record where the log's verified part ends; false if the log is
 * not as it was read (another process may have saved since: then its header
 * names another snapshot, or it has another length).
 */
function appendRecord(logPath: string, origin: CacheFile<Stored>['origin'], record: Uint8Array): boolean {
  const fd = openSync(logPath, 'a+');
  try {
    if (fstatSync(fd).size !== origin.logEnd) return false;
    const header = Buffer.alloc(LOG_MAGIC.length + HASH_BYTES);
    if (readSync(fd, header, 0, header.length, 0) !== header.length || !header.subarray(LOG_MAGIC.length).equals(origin.snapshotHash)) return false;
    const length = Buffer.alloc(LENGTH_BYTES);
    length.writeUInt32LE(record.length);
    const bytes = Buffer.concat([length, sha256(record), record]);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    return true;
  } finally {
    closeSync(fd);
  }
}

/** What changed from `before` to `after`, or undefined when nothing did. */
function diff(before: Stored, after: Stored): Change | undefined {
  const change: Change = { fields: {}, maps: {} };
  let changed = false;
  for (const [name, next] of Object.entries(after)) {
    const old = before[name];
    if (next instanceof Map && old instanceof Map) {
      const set: [unknown, unknown][] = [];
      const deleted: unknown[] = [];
      for (const [key, entry] of next) if (old.get(key) !== entry) set.push([key, entry]);
      for (const key of old.keys()) if (!next.has(key)) deleted.push(key);
      if (set.length === 0 && deleted.length === 0) continue;
      change.maps[name] = { set, deleted };
      changed = true;
    } else if (!Object.is(old, next)) {
      change.fields[name] = next;
      changed = true;
    }
  }
  return changed ? change : undefined;
}

function apply(value: Stored, change: Change): boolean {
  for (const [name, { set, deleted }] of Object.entries(change.maps)) {
    const map = value[name];
    if (!(map instanceof Map)) return false;
    for (const key of deleted) map.delete(key);
    for (const [key, entry] of set) map.set(key, entry);
  }
  Object.assign(value, change.fields);
  return true;
}

function decode<T>(bytes: Uint8Array): T | undefined {
  try {
    return deserialize(bytes) as T;
  } catch {
    return undefined;
  }
}
