/** Worker-thread entry: prepares editions with the settings and media list sent once per worker. */
import { workerData } from 'node:worker_threads';
import type { SiteConfig, SourceFile } from '../model.js';
import type { MediaFile } from './load-content.js';
import { prepareEdition, type PreparedEdition } from './prepare-edition.js';

const { site, media } = workerData as { site: SiteConfig; media: MediaFile[] };
const mediaMap = new Map(media.map((file) => [file.src, file]));

export default function prepare(task: { file: SourceFile; contentKey: string }): Promise<PreparedEdition> {
  return prepareEdition(task.file, site, mediaMap, task.contentKey);
}
