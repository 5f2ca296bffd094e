/**
 * The one function the dev server calls to rebuild: an in-memory build with
 * drafts and scheduled editions, at the preview's own address, reading
 * through the file cache, with a render cache of its own so only changed
 * editions render again, and the last build's pages so only changed pages do.
 */
import { build, type BuildResult } from '../build.js';
import type { MemoryOutputCache } from '../stages/write-output.js';
import type { FileCache } from './file-cache.js';

export interface PreviewOptions {
  root: string;
  contentDir?: string;
  templatesDir?: string;
  /** The preview's address, e.g. http://localhost:4000/. */
  siteUrl: string;
}

/**
 * Build the preview; throws BuildFailedError like build(). `output` keeps the
 * pages of the last good build, so only pages whose inputs changed are rendered.
 */
export function previewBuild(options: PreviewOptions, cache: FileCache, now: number, output?: MemoryOutputCache): Promise<BuildResult> {
  return build({
    root: options.root,
    ...(options.contentDir ? { contentDir: options.contentDir } : {}),
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    siteUrl: options.siteUrl,
    drafts: true,
    future: true,
    now,
    write: false,
    ...(output ? { memoryCache: output } : {}),
    readFile: cache.read,
    // Previews render at another URL, so they keep their own render cache beside the build's.
    cacheDir: '.edition-cache/preview',
  });
}
