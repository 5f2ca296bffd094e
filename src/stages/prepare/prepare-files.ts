/**
 * The per-file work of prepareEditions, the same in a worker thread and in
 * this one: read the file if the caller has not, key it, prepare it.
 */
import { readEdition } from '../read/load-content.js';
import { prepareEdition } from './prepare-edition.js';
import { contentKeyOf, textKeyOf } from '../../cache/content-keys.js';
import type { PrepareResult, PrepareTask, WorkerContext } from '../../model/index.js';

export function prepareFiles({ site, media, baseKey, labels }: WorkerContext): (task: PrepareTask) => Promise<PrepareResult> {
  const mediaMap = new Map(media.map((file) => [file.src, file]));
  return async (task) => {
    const file = readEdition(task.listed);
    const textKey = textKeyOf(file.path, file.text);
    const contentKey = task.contentKey ?? contentKeyOf(baseKey, textKey);
    return { ...(await prepareEdition(file, site, mediaMap, contentKey, labels)), textKey, contentKey };
  };
}
