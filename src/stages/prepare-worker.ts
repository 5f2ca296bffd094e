/**
 * Worker-thread entry, two jobs: prepare batches of edition files (settings
 * sent once per worker), and apply templates to batches of pages.
 */
import { workerData } from 'node:worker_threads';
import type { TemplateGlobals } from './apply-templates.js';
import { createRenderer, type RenderResult } from './apply-templates.js';
import type { TemplateSet } from './load-templates.js';
import type { PrepareResult, PrepareTask } from './prepare-editions.js';
import { prepareFiles } from './prepare-files.js';
import type { WorkerContext } from './worker-pool.js';
import type { Page } from '../model.js';

const prepareFile = prepareFiles(workerData as WorkerContext);

export async function prepare(tasks: PrepareTask[]): Promise<PrepareResult[]> {
  const results: PrepareResult[] = [];
  for (const task of tasks) results.push(await prepareFile(task));
  return results;
}

/** Pages to render, with the templates and globals of their build (the same for every batch of a build). */
export interface RenderTask {
  setup: { key: string; templates: TemplateSet; globals: TemplateGlobals };
  pages: { page: Omit<Page, 'data'>; data: Record<string, unknown> }[];
}

let renderer: { key: string; render: ReturnType<typeof createRenderer> } | undefined;

export function render(task: RenderTask): RenderResult[] {
  if (renderer?.key !== task.setup.key) {
    renderer = { key: task.setup.key, render: createRenderer(task.setup.templates, task.setup.globals) };
  }
  return task.pages.map(({ page, data }) => renderer!.render({ ...page, data: () => data }, data));
}
