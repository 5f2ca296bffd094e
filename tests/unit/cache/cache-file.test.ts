import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCacheFile, writeCacheFile, type CacheFile } from '../../../src/cache/cache-file.js';
import { tempDir } from '../../helpers/temp.js';

type Index = { version: number; entries: Map<string, { n: number }> };

const tempPath = () => join(tempDir('cache-file-'), 'index.bin');
const entries = (count: number) => new Map(Array.from({ length: count }, (_, i) => [`file-${i}`, { n: i }]));
const read = async (path: string) => (await readCacheFile<Index>(path)) as CacheFile<Index>;

/** The value as a save would make it from `stored`: same entries, kept by identity, with `change` applied. */
function edited(stored: CacheFile<Index>, change: (entries: Map<string, { n: number }>) => void, version = stored.value.version): Index {
  const next = new Map(stored.value.entries);
  change(next);
  return { version, entries: next };
}

describe('cache files', () => {
  it('should append only what changed, and read back the same value', async () => {
    const path = tempPath();
    await writeCacheFile(path, { version: 1, entries: entries(200) });
    const snapshot = readFileSync(path);
    const first = await read(path);
    await writeCacheFile(path, edited(first, (map) => map.set('file-7', { n: -7 }).delete('file-8'), 2), first);
    const second = await read(path);
    await writeCacheFile(path, edited(second, (map) => map.set('file-new', { n: 1000 })), second);

    expect(readFileSync(path)).toEqual(snapshot);
    expect(statSync(`${path}.log`).size).toBeLessThan(400);
    const final = await read(path);
    expect(final.value.version).toBe(2);
    expect(final.value.entries.get('file-7')).toEqual({ n: -7 });
    expect(final.value.entries.has('file-8')).toBe(false);
    expect(final.value.entries.get('file-new')).toEqual({ n: 1000 });
    expect(final.value.entries.size).toBe(200);
  });

  it('should write nothing when nothing changed', async () => {
    const path = tempPath();
    await writeCacheFile(path, { version: 1, entries: entries(50) });
    const stored = await read(path);
    const logBefore = readFileSync(`${path}.log`);
    await writeCacheFile(path, edited(stored, () => undefined), stored);
    expect(readFileSync(`${path}.log`)).toEqual(logBefore);
  });

  it('should write a new snapshot once the log outgrows a quarter of it', async () => {
    const path = tempPath();
    await writeCacheFile(path, { version: 1, entries: entries(40) });
    const stored = await read(path);
    await writeCacheFile(path, edited(stored, (map) => map.forEach((_, key) => map.set(key, { n: 0 }))), stored);
    expect(statSync(`${path}.log`).size).toBe(40);
    expect([...(await read(path)).value.entries.values()].every((entry) => entry.n === 0)).toBe(true);
  });

  it('should read a damaged log up to its last sound record, then save a snapshot', async () => {
    const path = tempPath();
    await writeCacheFile(path, { version: 1, entries: entries(200) });
    const first = await read(path);
    await writeCacheFile(path, edited(first, (map) => map.set('file-1', { n: -1 })), first);
    const second = await read(path);
    await writeCacheFile(path, edited(second, (map) => map.set('file-2', { n: -2 })), second);
    const log = readFileSync(`${path}.log`);
    log[log.length - 3] ^= 0xff;
    writeFileSync(`${path}.log`, log);

    const damaged = await read(path);
    expect(damaged.value.entries.get('file-1')).toEqual({ n: -1 });
    expect(damaged.value.entries.get('file-2')).toEqual({ n: 2 });
    await writeCacheFile(path, edited(damaged, (map) => map.set('file-3', { n: -3 })), damaged);
    expect(statSync(`${path}.log`).size).toBe(40);
    const repaired = (await read(path)).value.entries;
    expect([repaired.get('file-1'), repaired.get('file-2'), repaired.get('file-3')]).toEqual([{ n: -1 }, { n: 2 }, { n: -3 }]);
  });

  it('should ignore a log written against another snapshot', async () => {
    const path = tempPath();
    const other = tempPath();
    for (const target of [path, other]) await writeCacheFile(target, { version: 1, entries: entries(100) });
    const stored = await read(other);
    await writeCacheFile(other, edited(stored, (map) => map.set('file-1', { n: -1 }), 9), stored);
    await writeCacheFile(path, { version: 1, entries: entries(101) });
    copyFileSync(`${other}.log`, `${path}.log`);
    const value = (await read(path)).value;
    expect(value.version).toBe(1);
    expect(value.entries.get('file-1')).toEqual({ n: 1 });
  });

  it('should return what it saved, so a process can save against it again without reading', async () => {
    const path = tempPath();
    let kept = await writeCacheFile(path, { version: 1, entries: entries(200) });
    for (let n = 0; n < 3; n++) kept = await writeCacheFile(path, edited(kept, (map) => map.set(`file-${n}`, { n: -n - 1 })), kept);
    expect(statSync(`${path}.log`).size).toBeGreaterThan(40);
    const value = (await read(path)).value;
    expect([0, 1, 2].map((n) => value.entries.get(`file-${n}`))).toEqual([{ n: -1 }, { n: -2 }, { n: -3 }]);
    expect(value.entries).toEqual(kept.value.entries);
  });

  it('should write a snapshot, not append, when another process saved since', async () => {
    const path = tempPath();
    const kept = await writeCacheFile(path, { version: 1, entries: entries(200) });
    // Another process writes a snapshot of its own: its log is as long as ours was, but names its snapshot.
    await writeCacheFile(path, { version: 2, entries: entries(150) });
    expect(statSync(`${path}.log`).size).toBe(kept.origin.logEnd);
    await writeCacheFile(path, edited(kept, (map) => map.set('file-1', { n: -1 })), kept);
    const value = (await read(path)).value;
    expect(value.version).toBe(1);
    expect(value.entries.size).toBe(200);
    expect(value.entries.get('file-1')).toEqual({ n: -1 });
  });

  it('should refuse a snapshot that does not verify', async () => {
    const path = tempPath();
    await writeCacheFile(path, { version: 1, entries: entries(10) });
    const bytes = readFileSync(path);
    bytes[bytes.length - 5] ^= 0xff;
    writeFileSync(path, bytes);
    expect(await readCacheFile(path)).toBeUndefined();
    expect(await readCacheFile(join(path, '..', 'missing.bin'))).toBeUndefined();
  });
});
