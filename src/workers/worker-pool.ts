/**
 * The build's worker threads (piscina), started on first use and shared by
 * the stages that spread work over them: Markdown rendering, then templates.
 * Workers need compiled JavaScript; under a TypeScript test runner there are none.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import type { WorkerContext } from '../model/index.js';

export interface WorkerPool {
  readonly threads: number;
  /** Run the worker's export `name` on `task`. */
  run<T>(name: 'prepare' | 'render' | 'shareImages', task: unknown): Promise<T>;
  destroy(): Promise<void>;
}

export type WorkerPoolFactory = ReturnType<typeof workerPool>;

/** What a pool is started for: Markdown, templates, or share images. */
export type WorkerJob = 'prepare' | 'render' | 'share-images';

/**
 * A pool factory: `start(job)` returns undefined when workers are off or
 * unavailable. Starting a pool for another job ends the previous one, so the
 * Markdown workers' heaps are gone before the template workers fill theirs.
 * `workerUrl` is the module the threads run (src/worker.ts, as the caller
 * resolves it: only compiled JavaScript can be started).
 */
export function workerPool(enabled: boolean, workerUrl: URL) {
  // Under a TypeScript test runner the module is src/worker.ts, and src/worker.js does not exist.
  const canUseWorkers = workerUrl.pathname.endsWith('.js') && existsSync(fileURLToPath(workerUrl));
  let pool: Piscina | undefined;
  let poolJob: WorkerJob | undefined;
  return {
    available: enabled && canUseWorkers,
    async start(context: WorkerContext, job: WorkerJob): Promise<WorkerPool | undefined> {
      if (!enabled || !canUseWorkers) return undefined;
      if (pool && poolJob !== job) await this.destroy();
      poolJob = job;
      if (!pool) {
        const { Piscina } = await import('piscina');
        // Markdown and images: every core. Templates: one core less, left to this thread, which makes each page's
        // data and writes it, and so is as busy as a worker (and a worker fewer is 100 MB less).
        const cores = availableParallelism();
        const threads = Math.max(1, job === 'render' ? cores - 1 : cores);
        pool = new Piscina({
          filename: workerUrl.href,
          minThreads: threads,
          maxThreads: threads,
          workerData: context,
          // A young generation of 16 MB: workers collect often and stay small, for a few percent of speed.
          resourceLimits: { maxYoungGenerationSizeMb: 16 },
        });
      }
      const started = pool;
      return {
        threads: started.options.maxThreads,
        run: (name, task) => started.run(task, { name }),
        destroy: () => started.destroy(),
      };
    },
    async destroy(): Promise<void> {
      await pool?.destroy();
      pool = undefined;
    },
  };
}

/** Batches in flight per worker thread: one being worked on, one waiting, so a worker never idles. */
const IN_FLIGHT_PER_THREAD = 2;

/**
 * Run `work` on batches 0…count-1, keeping every worker of `pool` busy and no
 * more batches in flight than that takes. After a batch fails no other starts,
 * and the failure is thrown once those in flight have settled, so nothing
 * writes after the caller has begun to clean up.
 */
export async function shareWork(count: number, pool: WorkerPool, work: (batch: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const take = () => (!failed && next < count ? next++ : undefined);
  const loop = async () => {
    try {
      for (let batch = take(); batch !== undefined; batch = take()) await work(batch);
    } catch (cause) {
      failed = true;
      throw cause;
    }
  };
  const results = await Promise.allSettled(Array.from({ length: pool.threads * IN_FLIGHT_PER_THREAD }, loop));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}
