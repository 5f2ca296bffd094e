/**
 * A Map for memos in a process that may run for hours (the dev server): it
 * holds at most `limit` entries, so what editors type and delete over a long
 * preview cannot pile up. Two generations of limit/2: when the recent one is
 * full it becomes the older one and the previous older one is dropped; an
 * entry found in the older one moves back to the recent one. So the entries
 * used since the last turn stay, and a hit costs one Map lookup (an exact
 * least-recently-used order would cost a delete and an insert per hit).
 */
export class BoundedMap<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly half: number;

  constructor(readonly limit: number) {
    if (!(limit >= 2)) throw new RangeError(`Internal error: a BoundedMap holds at least 2 entries, not ${limit}.`);
    this.half = Math.floor(limit / 2);
  }

  get size(): number {
    return this.recent.size + this.older.size;
  }

  get(key: K): V | undefined {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old === undefined) return undefined;
    this.older.delete(key);
    this.store(key, old);
    return old;
  }

  set(key: K, value: V): this {
    this.older.delete(key);
    this.store(key, value);
    return this;
  }

  private store(key: K, value: V): void {
    if (this.recent.size >= this.half && !this.recent.has(key)) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }
}
