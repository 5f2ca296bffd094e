/**
 * Every edition file → RenderedEdition, reusing cached results for files whose
 * content, settings, media and engine are unchanged, and spreading the rest
 * over worker threads when there are enough of them to pay for the threads.
 * Rendered HTML goes straight into the pack: only the editions' facts stay in memory.
 */
import { contentKeyOf, textKeyOf } from '../cache/content-keys.js';
import type { HtmlPack } from '../cache/html-pack.js';
import type { RenderCache } from '../cache/render-cache.js';
import type { Diagnostic } from '../diagnostics.js';
import type { RenderedEdition } from '../model.js';
import { readEdition, type ContentFiles, type EditionFile } from './load-content.js';
import type { PreparedEdition } from './prepare-edition.js';
import type { WorkerContext, WorkerPoolFactory } from './worker-pool.js';

/** Below this many files to render, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 64;
/** Files per worker task: one message round trip per batch instead of per file. */
const BATCH = 16;


export interface PrepareStats {
  rendered: number;
  fromCache: number;
  /** Worker threads used; 0 when everything rendered in this thread. */
  threads: number;
}

/** One file to prepare; `text` and `contentKey` are known when the file was read to look it up in the cache. */
export interface PrepareTask {
  listed: EditionFile;
  text?: string;
  contentKey?: string;
}

/** A prepared file, with the keys that file was cached under. */
export interface PrepareResult extends PreparedEdition {
  textKey: string;
  contentKey: string;
}

export async function prepareEditions(
  content: ContentFiles,
  options: { cache?: RenderCache | undefined; pack: HtmlPack; context: WorkerContext; workers?: WorkerPoolFactory },
): Promise<{ editions: RenderedEdition[]; diagnostics: Diagnostic[]; stats: PrepareStats }> {
  const { cache, pack, context } = options;
  const { baseKey } = context;
  const editions: (RenderedEdition | undefined)[] = new Array(content.editions.length);
  const diagnostics: Diagnostic[] = [];
  const todo: { index: number; task: PrepareTask }[] = [];
  cache?.useBaseKey(baseKey);
  content.editions.forEach((listed, index) => {
    if (!cache) return void todo.push({ index, task: { listed } });
    // An unchanged file (same stamp) keeps its keys, so it is neither read nor hashed.
    const known = cache.keys(listed.path, listed.stamp);
    let text: string | undefined;
    let contentKey = known?.contentKey;
    if (!contentKey) {
      let textKey = known?.textKey;
      if (!textKey) textKey = textKeyOf(listed.path, (text = readEdition(listed).text));
      contentKey = contentKeyOf(baseKey, textKey);
      cache.setKeys(listed.path, listed.stamp, textKey, contentKey);
    }
    const cached = cache.get(contentKey);
    if (cached) editions[index] = cached;
    else todo.push({ index, task: { listed, contentKey, ...(text !== undefined ? { text } : {}) } });
  });

  const store = ({ index, task }: (typeof todo)[number], result: PrepareResult) => {
    diagnostics.push(...result.diagnostics);
    if (!result.edition || !result.html) return;
    const edition: RenderedEdition = { ...result.edition, html: pack.put(result.html) };
    editions[index] = edition;
    if (!cache) return;
    if (!task.contentKey) cache.setKeys(task.listed.path, task.listed.stamp, result.textKey, result.contentKey);
    // Only clean results are cached: errors must be found again until the file is fixed.
    if (result.diagnostics.every((d) => d.severity !== 'error')) cache.set(result.contentKey, edition);
  };

  const pool = todo.length >= WORKER_THRESHOLD ? await options.workers?.start(context) : undefined;
  if (pool) {
    const batches: (typeof todo)[] = [];
    for (let i = 0; i < todo.length; i += BATCH) batches.push(todo.slice(i, i + BATCH));
    await Promise.all(
      batches.map(async (batch) => {
        const results = await pool.run<PrepareResult[]>('prepare', batch.map((item) => item.task));
        results.forEach((result, i) => store(batch[i]!, result));
      }),
    );
  } else if (todo.length > 0) {
    const { prepareFiles } = await import('./prepare-files.js');
    const prepare = prepareFiles(context);
    for (const item of todo) store(item, await prepare(item.task));
  }

  return {
    editions: editions.filter((edition): edition is RenderedEdition => edition !== undefined),
    diagnostics,
    stats: { rendered: todo.length, fromCache: content.editions.length - todo.length, threads: pool?.threads ?? 0 },
  };
}
