/**
 * What earlier builds rendered, so this one renders only what changed:
 *
 * - index.bin: for every edition file, its stamp (size, times, inode) and the
 *   hash of its text; for every content key, the edition's facts (headline,
 *   date, tags, media…) and where its HTML lies in the pack. About a
 *   kilobyte an edition; a build appends its changes to index.bin.log
 *   (cache-file.ts) rather than rewriting the whole index.
 * - html.pack: the rendered HTML (see html-pack.ts), read only for pages
 *   that are rendered again.
 *
 * The index is verified by SHA-256, each blob by CRC-32; anything that does
 * not verify reads as absent. Entries not used by a build are dropped when it
 * saves, and the pack is compacted once half of it is dead.
 */
import { join } from 'node:path';
import type { RenderedEdition } from '../model/index.js';
import { readCacheFile, writeCacheFile, type CacheFile } from './cache-file.js';
import { HtmlPack } from './html-pack.js';

export const INDEX_FILE = 'index.bin';
export const PACK_FILE = 'html.pack';

interface SourceStamp {
  stamp: string;
  textKey: string;
  /** The content key under the index's base key: a warm build hashes nothing. */
  contentKey: string;
}

export type IndexFile = {
  /** The pack's size when the index was written: a shorter pack was truncated, a longer one holds dead blobs. */
  packSize: number;
  /** The base key (engine, settings, media) the sources' content keys were made with. */
  baseKey: string;
  sources: Map<string, SourceStamp>;
  editions: Map<string, RenderedEdition>;
  /** Results other stages keep between builds (the prepared settings and offer), by name. */
  extras: Map<string, { key: string; value: unknown }>;
};

/**
 * The index as this process last read or saved it. A long-running process
 * (the dev server) keeps one across builds, so each starts from the index in
 * memory instead of reading and decoding the file again: about 200 ms and
 * most of the garbage of a rebuild at 10,000 editions.
 */
export interface KeptIndex {
  file?: CacheFile<IndexFile> | undefined;
}

export function createKeptIndex(): KeptIndex {
  return {};
}

export class RenderCache {
  private readonly usedEditions = new Map<string, RenderedEdition>();
  private readonly seenSources = new Map<string, SourceStamp>();
  private readonly usedExtras = new Map<string, { key: string; value: unknown }>();
  private changed = false;

  private constructor(
    private readonly dir: string,
    /** As read: never changed in place, since `stored` (and a kept index) may hold the same object. */
    private index: IndexFile,
    /** Where every edition's HTML goes, cached or not. */
    readonly pack: HtmlPack,
    /** The index as read, so a save can append only what changed. */
    private stored: CacheFile<IndexFile> | undefined,
    private readonly kept: KeptIndex | undefined,
  ) {}

  /**
   * Open the cache in `dir`; a missing or untrustworthy index reads as empty.
   * With `kept`, the index comes from memory when it holds one, and each save updates it.
   */
  static async open(dir: string, kept?: KeptIndex): Promise<RenderCache> {
    const read = kept?.file ?? (await readCacheFile<IndexFile>(join(dir, INDEX_FILE)));
    const pack = HtmlPack.open(join(dir, PACK_FILE));
    const stored = read?.value;
    const trusted = stored && stored.editions instanceof Map && stored.sources instanceof Map && stored.extras instanceof Map && pack.size >= stored.packSize;
    const index: IndexFile = trusted ? stored : { packSize: 0, baseKey: '', sources: new Map(), editions: new Map(), extras: new Map() };
    if (kept) kept.file = trusted ? read : undefined;
    const cache = new RenderCache(dir, index, pack, trusted ? read : undefined, kept);
    cache.changed = !trusted;
    return cache;
  }

  private baseKey = '';

  /** True when the cache holds nothing (first build, or just deleted): lookups would all miss. */
  get isEmpty(): boolean {
    return this.index.sources.size === 0;
  }

  /** Content keys below are made with `baseKey`; a different one than last time makes every stored one stale. */
  useBaseKey(baseKey: string): void {
    this.baseKey = baseKey;
    if (baseKey === this.index.baseKey) return;
    this.changed = true;
    // No stored edition can match a new base key: let them go now rather than hold them through a full render
    // (the index is then saved whole, not as changes to what was read).
    this.stored = undefined;
    if (this.kept) this.kept.file = undefined;
    this.index = { ...this.index, editions: new Map() };
  }

  /**
   * The keys of `path` if the file is unchanged since it was last read (its
   * content key only if made with the same base key); undefined otherwise.
   */
  keys(path: string, stamp: string): { textKey: string; contentKey?: string } | undefined {
    const known = this.index.sources.get(path);
    if (known?.stamp !== stamp) return undefined;
    this.seenSources.set(path, known);
    return this.baseKey === this.index.baseKey ? known : { textKey: known.textKey };
  }

  setKeys(path: string, stamp: string, textKey: string, contentKey: string): void {
    this.seenSources.set(path, { stamp, textKey, contentKey });
    this.changed = true;
  }

  /** The edition rendered under `key`, if its HTML and details are still in the pack. */
  get(key: string): RenderedEdition | undefined {
    const stored = this.usedEditions.get(key) ?? this.index.editions.get(key);
    if (!stored || !this.pack.holds(stored.html) || !this.pack.holds(stored.details)) return undefined;
    this.usedEditions.set(key, stored);
    return stored;
  }

  set(key: string, edition: RenderedEdition): void {
    this.usedEditions.set(key, edition);
    this.changed = true;
  }

  /** A value another stage cached under `name`, if it was made from the same `key`. */
  extra<T>(name: string, key: string): T | undefined {
    const stored = this.index.extras.get(name);
    if (stored?.key !== key) return undefined;
    this.usedExtras.set(name, stored);
    return stored.value as T;
  }

  setExtra(name: string, key: string, value: unknown): void {
    this.usedExtras.set(name, { key, value });
    this.changed = true;
  }

  /** Write what this build used; skipped when nothing changed. */
  async save(): Promise<void> {
    const dropped =
      this.usedEditions.size !== this.index.editions.size ||
      this.seenSources.size !== this.index.sources.size ||
      this.usedExtras.size !== this.index.extras.size;
    if (!this.changed && !dropped) {
      this.pack.close();
      return;
    }
    const editions = [...this.usedEditions];
    const moved = this.pack.compact(editions.flatMap(([, edition]) => [edition.html, edition.details]));
    // Entries keep their identity unless their blobs moved: the index's log then records only real changes.
    editions.forEach((entry, i) => {
      const [html, details] = [moved[2 * i]!, moved[2 * i + 1]!];
      if (html !== entry[1].html || details !== entry[1].details) entry[1] = { ...entry[1], html, details };
    });
    this.pack.flush();
    const index: IndexFile = {
      packSize: this.pack.size,
      baseKey: this.baseKey,
      sources: this.seenSources,
      editions: new Map(editions),
      extras: this.usedExtras,
    };
    this.pack.close();
    const saved = await writeCacheFile(join(this.dir, INDEX_FILE), index, this.stored);
    if (this.kept) this.kept.file = saved;
  }

  /** Let go of the pack without saving (a failed build). */
  close(): void {
    this.pack.close();
  }
}
