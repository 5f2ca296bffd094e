/** Worker-thread entry: prepares batches of edition files with the settings sent once per worker. */
import { workerData } from 'node:worker_threads';
import { prepareFiles, type PrepareContext } from './prepare-files.js';
import type { PrepareResult, PrepareTask } from './prepare-editions.js';

const prepare = prepareFiles(workerData as PrepareContext);

export default async function prepareBatch(tasks: PrepareTask[]): Promise<PrepareResult[]> {
  const results: PrepareResult[] = [];
  for (const task of tasks) results.push(await prepare(task));
  return results;
}
