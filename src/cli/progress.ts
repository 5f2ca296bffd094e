/**
 * A one-line progress indicator for builds that take longer than a second,
 * on a terminal only: it names the current step and the time so far, and is
 * erased when the build ends.
 */
import type { BuildStep } from '../build.js';
import type { Output } from './io.js';

const LABELS: Record<BuildStep, string> = {
  read: 'Reading content and templates',
  editions: 'Preparing editions',
  pages: 'Planning pages',
  render: 'Rendering pages',
  write: 'Writing files',
};

/** After this long a build shows what it is doing. */
export const PROGRESS_DELAY_MS = 1000;

export interface Progress {
  step(step: BuildStep, count?: number): void;
  /** Erase the line; call once the build has finished or failed. */
  done(): void;
}

export function createProgress(out: Output, enabled: boolean, now: () => number = () => performance.now()): Progress {
  if (!enabled) return { step() {}, done() {} };
  const started = now();
  let label = LABELS.read;
  let shown = false;
  const draw = () => {
    const elapsed = now() - started;
    if (elapsed < PROGRESS_DELAY_MS) return;
    out.write(`\r\x1b[K${label}… ${(elapsed / 1000).toFixed(1)} s`);
    shown = true;
  };
  const timer = setInterval(draw, 200);
  timer.unref();
  return {
    step(step, count) {
      label = count === undefined ? LABELS[step] : `${LABELS[step]} (${count})`;
      draw();
    },
    done() {
      clearInterval(timer);
      if (shown) out.write('\r\x1b[K');
    },
  };
}
