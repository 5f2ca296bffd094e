/**
 * A cache that fails verification is deleted, never trusted. Cache readers
 * throw DamagedCacheError where they find damage; build() runs through
 * rebuildIfCacheDamaged(), which deletes the cache files and builds once more
 * from scratch, with a warning that says so.
 */
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { warning } from '../diagnostics.js';
import type { Diagnostic } from '../model/index.js';
import { cacheFileNames } from './cache-file.js';
import { DamagedCacheError } from './damaged-cache-error.js';
import { EMAIL_MANIFEST_FILE, MANIFEST_FILE } from './output-manifest.js';
import { INDEX_FILE, PACK_FILE } from './render-cache.js';

/** Every file the build keeps in its cache folder. */
const CACHE_FILES = [...cacheFileNames(INDEX_FILE), PACK_FILE, ...cacheFileNames(MANIFEST_FILE), ...cacheFileNames(EMAIL_MANIFEST_FILE)];

/**
 * Run `build`; if it finds the cache in `cacheDir` damaged, delete the cache,
 * call `forget` (to drop anything held in memory from it) and build again.
 */
export async function rebuildIfCacheDamaged<T extends { diagnostics: Diagnostic[] }>(
  cache: { dir: string | undefined; root: string; forget: () => void },
  build: () => Promise<T>,
): Promise<T> {
  try {
    return await build();
  } catch (cause) {
    if (!(cause instanceof DamagedCacheError) || cache.dir === undefined) throw cause;
    for (const name of CACHE_FILES) rmSync(join(cache.dir, name), { force: true });
    cache.forget();
    const result = await build();
    result.diagnostics.push(
      warning({
        code: 'output-error',
        file: relative(cache.root, cache.dir) || '.',
        message: 'The build cache was damaged, so it was deleted and everything was rendered again.',
      }),
    );
    return result;
  }
}
