/**
 * The one function the dev server calls to rebuild: an in-memory build with
 * drafts and scheduled editions, at the preview's own address, reading
 * through the file cache, with a render cache of its own (its index kept in
 * memory) so only changed editions render again, and the last build's pages
 * so only changed pages do.
 */
import { build, type BuildResult } from '../build.js';
import type { KeptIndex } from '../cache/render-cache.js';
import type { MemoryOutputCache } from '../stages/write/memory-output.js';
import type { FileCache } from './file-cache.js';

export interface PreviewOptions {
  root: string;
  contentDir?: string;
  templatesDir?: string;
  /** The preview's address, e.g. http://localhost:4000/. */
  siteUrl: string;
  /** false: no search, whatever site.yml says (edition dev --no-search). */
  search?: boolean;
}

/** What the dev server keeps from one preview build to the next. */
export interface PreviewMemory {
  /** The pages of the last good build: only pages whose inputs changed are rendered. */
  output: MemoryOutputCache;
  /** The render cache's index: not read from disk again. */
  index: KeptIndex;
}

/** Build the preview; throws BuildFailedError like build(). */
export function previewBuild(options: PreviewOptions, cache: FileCache, now: number, memory?: PreviewMemory): Promise<BuildResult> {
  return build({
    root: options.root,
    ...(options.contentDir ? { contentDir: options.contentDir } : {}),
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    siteUrl: options.siteUrl,
    ...(options.search === false ? { search: false } : {}),
    drafts: true,
    future: true,
    now,
    write: false,
    ...(memory ? { memoryCache: memory.output, keptIndex: memory.index } : {}),
    readFile: cache.read,
    // Previews render at another URL, so they keep their own render cache beside the build's.
    cacheDir: '.edition-cache/preview',
  });
}
