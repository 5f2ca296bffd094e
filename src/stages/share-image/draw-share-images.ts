/**
 * The share images whose inputs changed since the last build: taken from the
 * image cache when an earlier build drew the same card, else drawn, in worker
 * threads when there are enough to pay for starting them, else in this thread.
 */
import { keyOf } from '../../cache/content-keys.js';
import type { ImageCache } from '../../cache/image-cache.js';
import type { MadeFile, PlannedFile, ShareCard } from '../../model/index.js';
import { shareWork, type WorkerPool } from '../../workers/worker-pool.js';

/** What drawing the changed images took. */
export interface DrawStats {
  drawn: number;
  fromCache: number;
  /** Worker threads used; 0 when every image was drawn in this thread. */
  threads: number;
}

export const NOTHING_DRAWN: DrawStats = { drawn: 0, fromCache: 0, threads: 0 };

/**
 * From this many images on, worker threads draw them. A card takes ~45 ms to
 * draw and a pool ~150 ms to start (measured; see the README), so with two
 * cores the threads pay for themselves from about six cards.
 */
const WORKER_THRESHOLD = 8;
/** Cards per worker message: each is tens of milliseconds of work, so a message's cost is nothing beside it. */
const BATCH = 2;

export interface DrawOptions {
  /** Images drawn by earlier builds; undefined when the build has no cache folder. */
  cache: ImageCache | undefined;
  /** engineFingerprint(): a new Edition draws its cards again. */
  engine: string;
  /** Every file this build planned: the cache keeps only the images they name. */
  planned: readonly PlannedFile[];
  startWorkers: () => Promise<WorkerPool | undefined>;
}

export async function drawShareImages(
  files: readonly MadeFile[],
  accept: (index: number, png: Uint8Array) => Promise<void>,
  options: DrawOptions,
): Promise<DrawStats> {
  const { cache } = options;
  const imageKey = (file: MadeFile) => keyOf(`${options.engine}\0${file.key}`);
  const todo: number[] = [];
  for (const [index, file] of files.entries()) {
    const cached = cache?.get(imageKey(file));
    if (cached) await accept(index, cached);
    else todo.push(index);
  }
  const drawn = async (index: number, png: Uint8Array) => {
    cache?.put(imageKey(files[index]!), png);
    await accept(index, png);
  };
  const pool = todo.length >= WORKER_THRESHOLD ? await options.startWorkers() : undefined;
  if (pool) {
    const batchOf = (n: number) => todo.slice(n * BATCH, (n + 1) * BATCH);
    await shareWork(Math.ceil(todo.length / BATCH), pool, async (n) => {
      const batch = batchOf(n);
      const pngs = await pool.run<Uint8Array[]>('shareImages', batch.map((index) => files[index]!.draw()) satisfies ShareCard[]);
      for (const [i, png] of pngs.entries()) await drawn(batch[i]!, png);
    });
  } else if (todo.length > 0) {
    // Loaded only when a card must be drawn: a warm build never loads resvg.
    const { renderShareCard } = await import('./render-card.js');
    for (const index of todo) await drawn(index, renderShareCard(files[index]!.draw()).png);
  }
  // The folder holds what this build's files name and nothing more: old headlines' cards go.
  if (cache && todo.length > 0) cache.keepOnly(new Set(options.planned.filter((file): file is MadeFile => 'draw' in file).map(imageKey)));
  return { drawn: todo.length, fromCache: files.length - todo.length, threads: pool?.threads ?? 0 };
}
