/**
 * Worker-thread entry, three jobs: prepare batches of edition files (settings
 * sent once per worker), apply templates to batches of pages, and draw share
 * images. Each job loads only its own libraries: a pool starts for one job, then ends.
 */
import { workerData } from 'node:worker_threads';
import type { Page, PrepareResult, PrepareTask, RenderResult, RenderTask, ShareCard, WorkerContext } from './model/index.js';

let prepareFile: ((task: PrepareTask) => Promise<PrepareResult>) | undefined;

export async function prepare(tasks: PrepareTask[]): Promise<PrepareResult[]> {
  prepareFile ??= (await import('./stages/prepare/prepare-files.js')).prepareFiles(workerData as WorkerContext);
  const results: PrepareResult[] = [];
  for (const task of tasks) results.push(await prepareFile(task));
  return results;
}

const encoder = new TextEncoder();
let renderer: { key: string; render: (page: Page, data: Record<string, unknown>) => RenderResult } | undefined;

export async function render(task: RenderTask): Promise<RenderResult[]> {
  if (renderer?.key !== task.setup.key) {
    const { createRenderer } = await import('./stages/apply/apply-templates.js');
    renderer = { key: task.setup.key, render: createRenderer(task.setup.templates, task.setup.globals) };
  }
  // As UTF-8 bytes: what the writer needs, and half the size of a string to send back.
  return task.pages.map(({ page, data }) => {
    const result = renderer!.render({ ...page, data: () => data }, data);
    return result.ok && typeof result.file.contents === 'string' ? { ...result, file: { ...result.file, contents: encoder.encode(result.file.contents) } } : result;
  });
}

let drawCard: ((card: ShareCard) => { png: Uint8Array }) | undefined;

/** Each card's PNG. */
export async function shareImages(cards: ShareCard[]): Promise<Uint8Array[]> {
  drawCard ??= (await import('./stages/share-image/render-card.js')).renderShareCard;
  return cards.map((card) => drawCard!(card).png);
}
