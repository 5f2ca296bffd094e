/**
 * Runs a task after a burst of changes has settled, never two at once: a save
 * that fires several file events gives one rebuild, and changes made during a
 * rebuild give exactly one more after it.
 */
export interface Debounced {
  /** Note a changed path; the task runs `delayMs` after the last one. */
  push(path: string): void;
  /** Resolves when no run is pending or running. */
  idle(): Promise<void>;
  /** True when changes are waiting for the next run. */
  hasPending(): boolean;
  /** Drop pending work; a running task finishes. */
  cancel(): void;
}

export function debounce(task: (paths: string[]) => Promise<void>, delayMs: number): Debounced {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (timer || running || pending.size > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  const start = () => {
    timer = undefined;
    if (running) return; // runs again when the current run ends
    const paths = [...pending].sort();
    pending = new Set();
    running = task(paths).finally(() => {
      running = undefined;
      if (pending.size > 0 && !timer) timer = setTimeout(start, delayMs);
      settle();
    });
  };

  return {
    push(path) {
      pending.add(path);
      if (timer) clearTimeout(timer);
      timer = setTimeout(start, delayMs);
    },
    hasPending() {
      return pending.size > 0;
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending.clear();
      settle();
    },
  };
}
