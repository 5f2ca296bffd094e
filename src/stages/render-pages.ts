/**
 * Pages → output: fingerprint every page, skip those made from the same
 * inputs as last time, apply templates to the rest (in the worker threads
 * when there are many: a cold build has 10,000), and stream each into the writer.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Page } from '../model.js';
import type { RenderResult, TemplateGlobals } from './apply-templates.js';
import { pageFingerprint } from './fingerprint.js';
import type { TemplateSet } from './load-templates.js';
import type { RenderTask } from './prepare-worker.js';
import type { WorkerPool } from './worker-pool.js';
import type { OutputWriter } from './write-output.js';

/** Below this many pages to render, sending them to workers costs more than it saves. */
const WORKER_THRESHOLD = 256;
/** Pages per worker message, and batches in flight per thread: enough to keep workers busy, few enough to keep memory flat. */
const BATCH = 32;
const IN_FLIGHT_PER_THREAD = 2;

interface Todo {
  page: Page;
  fingerprint: string;
  data: (() => Record<string, unknown>) | Record<string, unknown>;
}

export async function renderPages(
  pages: readonly Page[],
  options: {
    writer: OutputWriter;
    /** sharedFingerprint() of this build. */
    shared: string;
    templates: TemplateSet;
    globals: TemplateGlobals;
    /** Started on demand, when enough pages changed. */
    startWorkers: () => Promise<WorkerPool | undefined>;
    diagnostics: Diagnostic[];
  },
): Promise<void> {
  const { writer, diagnostics } = options;
  const todo: Todo[] = [];
  for (const page of pages) {
    let made: Record<string, unknown> | undefined;
    const data = () => (made ??= page.data());
    const fingerprint = pageFingerprint(page, data, options.shared);
    if (await writer.isCurrent(page.path, fingerprint)) writer.keep(page.path);
    // Data already made for the fingerprint is kept; the rest is made when the page is rendered.
    else todo.push({ page, fingerprint, data: made ?? data });
  }
  const dataOf = (item: Todo) => (typeof item.data === 'function' ? item.data() : item.data);
  const accept = async (item: Todo, result: RenderResult) => {
    if (result.ok) await options.writer.write(result.file, item.fingerprint);
    else diagnostics.push(result.diagnostic);
  };

  const pool = todo.length >= WORKER_THRESHOLD ? await options.startWorkers() : undefined;
  if (!pool) {
    // The template engine is loaded on the first page that needs it: a warm build renders none.
    const { createRenderer } = await import('./apply-templates.js');
    const render = todo.length > 0 ? createRenderer(options.templates, options.globals) : undefined;
    for (const item of todo) await accept(item, render!(item.page, dataOf(item)));
    return;
  }
  const setup: RenderTask['setup'] = { key: options.shared, templates: options.templates, globals: options.globals };
  const inFlight = new Set<Promise<void>>();
  for (let start = 0; start < todo.length; start += BATCH) {
    const batch = todo.slice(start, start + BATCH);
    const task: RenderTask = { setup, pages: batch.map((item) => ({ page: withoutData(item.page), data: dataOf(item) })) };
    const done: Promise<void> = pool.run<RenderResult[]>('render', task).then(async (results) => {
      for (const [i, result] of results.entries()) await accept(batch[i]!, result);
      inFlight.delete(done);
    });
    inFlight.add(done);
    if (inFlight.size >= pool.threads * IN_FLIGHT_PER_THREAD) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

function withoutData(page: Page): Omit<Page, 'data'> {
  const { data: _data, ...rest } = page;
  return rest;
}
