/**
 * Every edition file → RenderedEdition, reusing cached results for files whose
 * content, settings, media and engine are unchanged, and spreading the rest
 * over worker threads when there are enough of them to pay for the threads.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RenderCache } from '../cache/render-cache.js';
import type { Diagnostic } from '../diagnostics.js';
import type { RenderedEdition, SiteConfig, SourceFile } from '../model.js';
import { readEdition, type ContentFiles } from './load-content.js';
import { prepareEdition, type PreparedEdition } from './prepare-edition.js';

/** Below this many files to render, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 64;

const workerUrl = new URL('./prepare-worker.js', import.meta.url);
// Workers need compiled JavaScript; under a TypeScript test runner, render in this thread.
const canUseWorkers = workerUrl.pathname.endsWith('.js') && import.meta.url.endsWith('.js');

export interface PrepareStats {
  rendered: number;
  fromCache: number;
  /** Worker threads used; 0 when everything rendered in this thread. */
  threads: number;
}

export async function prepareEditions(
  content: ContentFiles,
  site: SiteConfig,
  options: { cache?: RenderCache | undefined; engine: string; workers?: boolean },
): Promise<{ editions: RenderedEdition[]; diagnostics: Diagnostic[]; stats: PrepareStats }> {
  const media = new Map(content.media.map((file) => [file.src, file]));
  const baseKey = createHash('sha256')
    .update(`${options.engine}\n${site.url}\n${site.timezone}\n`)
    .update(content.media.map((file) => `${file.src}:${file.bytes}:${file.mtimeMs}`).join('\n'))
    .digest('hex');
  const results: PreparedEdition[] = new Array(content.editions.length);
  const todo: { index: number; file: SourceFile | undefined; contentKey: string }[] = [];
  content.editions.forEach((listed, index) => {
    // An unchanged file (same stamp) keeps its text hash, so it is not even read.
    let textKey = options.cache?.textKey(listed.path, listed.stamp);
    let file: SourceFile | undefined;
    if (!textKey) {
      file = readEdition(listed);
      textKey = createHash('sha256').update(file.path).update('\0').update(file.text).digest('hex');
      options.cache?.setTextKey(listed.path, listed.stamp, textKey);
    }
    const contentKey = createHash('sha256').update(baseKey).update(textKey).digest('hex');
    const cached = options.cache?.get(contentKey);
    if (cached) results[index] = cached;
    else todo.push({ index, file: file ?? readEdition(listed), contentKey });
  });

  const useWorkers = (options.workers ?? true) && canUseWorkers && todo.length >= WORKER_THRESHOLD;
  const threads = useWorkers ? Math.max(1, availableParallelism()) : 0;
  if (useWorkers) {
    const pool = new Piscina({
      filename: workerUrl.href,
      minThreads: threads,
      maxThreads: threads,
      workerData: { site, media: content.media },
      // Small young generations make workers collect often: peak memory stays low at a small cost in speed.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 },
    });
    try {
      await Promise.all(
        todo.map(async (task) => {
          const run = pool.run({ file: task.file, contentKey: task.contentKey });
          // The worker has its own copy now; letting go of the text keeps 10,000 files out of this heap.
          task.file = undefined;
          results[task.index] = await run;
        }),
      );
    } finally {
      await pool.destroy();
    }
  } else {
    for (const task of todo) results[task.index] = await prepareEdition(task.file!, site, media, task.contentKey);
  }

  for (const task of todo) {
    const result = results[task.index]!;
    // Only clean results are cached: errors must be found again until the file is fixed.
    if (result.edition && result.diagnostics.every((d) => d.severity !== 'error')) options.cache?.set(task.contentKey, result);
  }
  for (const result of results) if (result.edition) options.cache?.keep(result.edition.contentKey);
  return {
    editions: results.flatMap((result) => (result.edition ? [result.edition] : [])),
    diagnostics: results.flatMap((result) => result.diagnostics),
    stats: { rendered: todo.length, fromCache: content.editions.length - todo.length, threads },
  };
}

