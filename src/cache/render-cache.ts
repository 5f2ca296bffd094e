/**
 * Rendered editions by content key (a hash of the file, the settings that
 * affect rendering, the media files and the engine), in 64 shard files by key
 * prefix: one changed edition rewrites one or two small shards, not the whole
 * cache. Entries not used by a build are dropped when it saves.
 */
import { join } from 'node:path';
import type { PreparedEdition } from '../stages/prepare-edition.js';
import { readCacheFile, writeCacheFile } from './cache-file.js';

const SHARDS = 64;

function shardOf(key: string): number {
  return parseInt(key.slice(0, 4), 16) % SHARDS;
}

export class RenderCache {
  private readonly used = new Set<string>();
  private readonly dirty = new Set<number>();
  private readonly seenPaths = new Map<string, { stamp: string; textKey: string }>();
  private stampsDirty = false;

  private constructor(
    private readonly dir: string,
    private readonly shards: Map<string, PreparedEdition>[],
    /** path → the file's stamp and the hash of its text when last read. */
    private readonly stamps: Map<string, { stamp: string; textKey: string }>,
  ) {}

  /** The text hash of `path` if the file is unchanged since it was last read. */
  textKey(path: string, stamp: string): string | undefined {
    const known = this.stamps.get(path);
    if (known?.stamp !== stamp) return undefined;
    this.seenPaths.set(path, known);
    return known.textKey;
  }

  setTextKey(path: string, stamp: string, textKey: string): void {
    this.seenPaths.set(path, { stamp, textKey });
    this.stampsDirty = true;
  }

  /** Open the cache in `dir`; a missing or untrustworthy shard reads as empty. */
  static async open(dir: string): Promise<RenderCache> {
    // One shard at a time, so only one file's bytes are in memory beside what is already decoded.
    const shards: Map<string, PreparedEdition>[] = [];
    for (let index = 0; index < SHARDS; index++) {
      const stored = await readCacheFile<Map<string, PreparedEdition>>(join(dir, 'editions', `${index}.bin`));
      shards.push(stored instanceof Map ? stored : new Map());
    }
    const stamps = await readCacheFile<Map<string, { stamp: string; textKey: string }>>(join(dir, 'stamps.bin'));
    return new RenderCache(dir, shards, stamps instanceof Map ? stamps : new Map());
  }

  get(key: string): PreparedEdition | undefined {
    return this.shards[shardOf(key)]!.get(key);
  }

  set(key: string, value: PreparedEdition): void {
    this.shards[shardOf(key)]!.set(key, value);
    this.dirty.add(shardOf(key));
  }

  /** Mark an entry as used by this build, so save() keeps it. */
  keep(key: string): void {
    this.used.add(key);
  }

  /** Write the shards whose entries changed, keeping only what this build used. */
  async save(): Promise<void> {
    this.shards.forEach((shard, index) => {
      for (const key of shard.keys()) {
        if (this.used.has(key)) continue;
        shard.delete(key);
        this.dirty.add(index);
      }
    });
    // One shard at a time: serializing all 64 at once would hold the whole cache twice in memory.
    for (const index of [...this.dirty].sort((a, b) => a - b)) {
      await writeCacheFile(join(this.dir, 'editions', `${index}.bin`), this.shards[index]);
    }
    this.dirty.clear();
    if (this.stampsDirty || this.seenPaths.size !== this.stamps.size) {
      await writeCacheFile(join(this.dir, 'stamps.bin'), this.seenPaths);
    }
  }
}
