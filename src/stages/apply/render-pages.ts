/**
 * Pages → output: fingerprint every page, skip those made from the same
 * inputs as last time, apply templates to the rest (in the worker threads
 * when there are many: a cold build has 10,000), and stream each into the writer.
 */
import type { Diagnostic, Page, RenderResult, RenderTask, TemplateGlobals, TemplateSet } from '../../model/index.js';
import { pageFingerprint } from './fingerprint.js';
import { templateKeys } from './template-dependencies.js';
import { shareWork, type WorkerPool } from '../../workers/worker-pool.js';
import type { OutputWriter } from '../write/write-output.js';

/** Below this many pages to render, sending them to workers costs more than it saves. */
const WORKER_THRESHOLD = 256;
/** Pages per worker message: few enough to keep memory flat. */
const BATCH = 16;

interface Todo {
  page: Page;
  fingerprint: string;
  /** Data made already for the fingerprint (pages without a key); the rest is made when rendered. */
  made?: Record<string, unknown> | undefined;
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
  },
): Promise<Diagnostic[]> {
  const { writer } = options;
  const diagnostics: Diagnostic[] = [];
  const templates = templateKeys(options.templates);
  const todo: Todo[] = [];
  for (const page of pages) {
    let made: Record<string, unknown> | undefined;
    const fingerprint = pageFingerprint(page, () => (made ??= page.data()), options.shared, templates.of(page.template));
    if (await writer.isCurrent(page.path, fingerprint)) writer.keep(page.path);
    else todo.push({ page, fingerprint, made });
  }
  // Made when needed and not kept: 10,000 pages' data held until the end would be hundreds of MB.
  const dataOf = (item: Todo) => {
    const data = item.made ?? item.page.data();
    item.made = undefined;
    return data;
  };
  const accept = async (item: Todo, result: RenderResult) => {
    if (result.ok) await options.writer.write(result.file, item.fingerprint);
    else diagnostics.push(result.diagnostic);
  };

  // Nothing changed: the template engine is not even loaded.
  if (todo.length === 0) return diagnostics;
  const pool = todo.length >= WORKER_THRESHOLD ? await options.startWorkers() : undefined;
  // The template engine is loaded on the first page that needs it: a warm build renders none.
  let renderHere: ((page: Page, data: Record<string, unknown>) => RenderResult) | undefined;
  const renderLocally = async (items: Todo[]) => {
    renderHere ??= (await import('./apply-templates.js')).createRenderer(options.templates, options.globals);
    for (const item of items) await accept(item, renderHere(item.page, dataOf(item)));
  };
  if (!pool) {
    await renderLocally(todo);
    return diagnostics;
  }
  const setup: RenderTask['setup'] = { key: `${options.shared}\0${templates.all}`, templates: options.templates, globals: options.globals };
  const batchOf = (n: number) => todo.slice(n * BATCH, (n + 1) * BATCH);
  // This thread makes each page's data and writes it, which keeps it as busy as a template worker.
  await shareWork(Math.ceil(todo.length / BATCH), pool, async (n) => {
    const batch = batchOf(n);
    const task: RenderTask = { setup, pages: batch.map((item) => ({ page: withoutData(item.page), data: dataOf(item) })) };
    const results = await pool.run<RenderResult[]>('render', task);
    for (const [i, result] of results.entries()) await accept(batch[i]!, result);
  });
  return diagnostics;
}

function withoutData(page: Page): Omit<Page, 'data'> {
  const { data: _data, ...rest } = page;
  return rest;
}
