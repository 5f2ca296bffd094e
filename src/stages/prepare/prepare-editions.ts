/**
 * Every edition file → RenderedEdition, reusing cached results for files whose
 * content, settings, media and engine are unchanged, and spreading the rest
 * over worker threads when there are enough of them to pay for the threads.
 * Rendered HTML goes straight into the pack: only the editions' facts stay in memory.
 */
import { contentKeyOf, textKeyOf } from '../../cache/content-keys.js';
import type { EditionStore } from '../../cache/edition-store.js';
import type { RenderCache } from '../../cache/render-cache.js';
import type { ContentFiles, Diagnostic, PrepareResult, PrepareStats, PrepareTask, RenderedEdition, WorkerContext } from '../../model/index.js';
import { readEdition } from '../read/load-content.js';
import { shareWork, type WorkerPoolFactory } from '../../workers/worker-pool.js';

/** Below this many files to render, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 64;
/** Files per worker task: one message round trip per batch instead of per file. */
const BATCH = 16;

export async function prepareEditions(
  content: ContentFiles,
  options: { cache?: RenderCache | undefined; store: EditionStore; context: WorkerContext; workers?: WorkerPoolFactory },
): Promise<{ editions: RenderedEdition[]; diagnostics: Diagnostic[]; stats: PrepareStats }> {
  const { cache, store: editionStore, context } = options;
  const { baseKey } = context;
  const editions: (RenderedEdition | undefined)[] = new Array(content.editions.length);
  const diagnostics: Diagnostic[] = [];
  const todo: { index: number; task: PrepareTask }[] = [];
  cache?.useBaseKey(baseKey);
  // With nothing cached (a cold build) there is nothing to look up: workers read and hash the files themselves.
  const lookUp = cache !== undefined && !cache.isEmpty;
  content.editions.forEach((listed, index) => {
    if (!lookUp) return void todo.push({ index, task: { listed } });
    // An unchanged file (same stamp) keeps its keys, so it is neither read nor hashed.
    const known = cache.keys(listed.path, listed.stamp);
    let contentKey = known?.contentKey;
    if (!contentKey) {
      const textKey = known?.textKey ?? textKeyOf(listed.path, readEdition(listed).text);
      contentKey = contentKeyOf(baseKey, textKey);
      cache.setKeys(listed.path, listed.stamp, textKey, contentKey);
    }
    const cached = cache.get(contentKey);
    if (cached) editions[index] = cached;
    // The text is not kept: holding 10,000 files' text until a worker is free would double this heap.
    else todo.push({ index, task: { listed, contentKey } });
  });

  const store = ({ index, task }: (typeof todo)[number], result: PrepareResult) => {
    diagnostics.push(...result.diagnostics);
    const { edition: facts, html, details } = result;
    if (!facts || !html || !details) return;
    const edition = editionStore.put({ edition: facts, html, details });
    editions[index] = edition;
    if (!cache) return;
    if (!task.contentKey) cache.setKeys(task.listed.path, task.listed.stamp, result.textKey, result.contentKey);
    // Only clean results are cached: errors must be found again until the file is fixed.
    if (result.diagnostics.every((d) => d.severity !== 'error')) cache.set(result.contentKey, edition);
  };

  const pool = todo.length >= WORKER_THRESHOLD ? await options.workers?.start(context, 'prepare') : undefined;
  if (pool) {
    const batchOf = (n: number) => todo.slice(n * BATCH, (n + 1) * BATCH);
    await shareWork(Math.ceil(todo.length / BATCH), pool, async (n) => {
      const batch = batchOf(n);
      const results = await pool.run<PrepareResult[]>('prepare', batch.map((item) => item.task));
      results.forEach((result, i) => store(batch[i]!, result));
    });
  } else if (todo.length > 0) {
    // Loaded only when something needs rendering: a warm build never loads the Markdown libraries.
    const prepare = (await import('./prepare-files.js')).prepareFiles(context);
    for (const item of todo) store(item, await prepare(item.task));
  }

  return {
    editions: editions.filter((edition): edition is RenderedEdition => edition !== undefined),
    diagnostics,
    stats: { rendered: todo.length, fromCache: content.editions.length - todo.length, threads: pool?.threads ?? 0 },
  };
}
