/**
 * Rendered editions by content key (a hash of the file, the settings that
 * affect rendering, the media files and the engine). Entries not used by a
 * build are dropped when it saves, so the cache never grows without bound.
 */
import { join } from 'node:path';
import type { PreparedEdition } from '../stages/prepare-edition.js';
import { readCacheFile, writeCacheFile } from './cache-file.js';

const FILE = 'editions.bin';

export class RenderCache {
  private readonly used = new Set<string>();
  private dirty = false;

  private constructor(
    private readonly path: string,
    private readonly entries: Map<string, PreparedEdition>,
  ) {}

  /** Open the cache in `dir`; a missing or untrustworthy file gives an empty cache. */
  static async open(dir: string): Promise<RenderCache> {
    const stored = await readCacheFile<Map<string, PreparedEdition>>(join(dir, FILE));
    return new RenderCache(join(dir, FILE), stored instanceof Map ? stored : new Map());
  }

  get(key: string): PreparedEdition | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: PreparedEdition): void {
    this.entries.set(key, value);
    this.dirty = true;
  }

  /** Mark an entry as used by this build, so save() keeps it. */
  keep(key: string): void {
    this.used.add(key);
  }

  /** Write the entries this build used, if anything changed. */
  async save(): Promise<void> {
    for (const key of this.entries.keys()) {
      if (!this.used.has(key)) {
        this.entries.delete(key);
        this.dirty = true;
      }
    }
    if (this.dirty) await writeCacheFile(this.path, this.entries);
    this.dirty = false;
  }
}
