/**
 * What cache readers throw where they find damage: bytes that no longer match
 * their checksum. rebuildIfCacheDamaged() (damaged-cache.ts) catches it.
 */
export class DamagedCacheError extends Error {
  /** `file`: the edition whose cached HTML or details are damaged, or the cache file. */
  constructor(readonly file: string) {
    super(`The build cache's copy of ${file} is damaged.`);
  }
}
