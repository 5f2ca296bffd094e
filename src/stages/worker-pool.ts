/**
 * The build's worker threads (piscina), started on first use and shared by
 * the stages that spread work over them: Markdown rendering, then templates.
 * Workers need compiled JavaScript; under a TypeScript test runner there are none.
 */
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import type { SiteConfig } from '../model.js';
import type { MediaFile } from './load-content.js';

const workerUrl = new URL('./prepare-worker.js', import.meta.url);
const canUseWorkers = workerUrl.pathname.endsWith('.js') && import.meta.url.endsWith('.js');

export interface WorkerPool {
  readonly threads: number;
  /** Run the worker's export `name` on `task`. */
  run<T>(name: 'prepare' | 'render', task: unknown): Promise<T>;
  destroy(): Promise<void>;
}

/** What every worker gets once, at start: enough to prepare any edition. */
export interface WorkerContext {
  site: SiteConfig;
  media: MediaFile[];
  /** renderBaseKey() of this build. */
  baseKey: string;
}

export type WorkerPoolFactory = ReturnType<typeof workerPool>;

/** A pool factory: `start()` returns undefined when workers are off or unavailable. */
export function workerPool(enabled: boolean) {
  let pool: Piscina | undefined;
  return {
    available: enabled && canUseWorkers,
    async start(context: WorkerContext): Promise<WorkerPool | undefined> {
      if (!enabled || !canUseWorkers) return undefined;
      if (!pool) {
        const { Piscina } = await import('piscina');
        const threads = Math.max(1, availableParallelism());
        pool = new Piscina({ filename: workerUrl.href, minThreads: threads, maxThreads: threads, workerData: context });
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
