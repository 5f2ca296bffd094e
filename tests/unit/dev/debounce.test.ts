/** On fake timers: the clock only moves when a test moves it, so these run instantly and never flake on a busy machine. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/dev/debounce.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounce', () => {
  it('should run once for a burst of changes, with every path, once the burst has settled', async () => {
    const runs: string[][] = [];
    const queue = debounce(async (paths) => void runs.push(paths), 5);
    queue.push('b');
    await vi.advanceTimersByTimeAsync(4);
    queue.push('a');
    await vi.advanceTimersByTimeAsync(4);
    queue.push('b');
    await vi.advanceTimersByTimeAsync(4);
    expect(runs).toEqual([]);
    expect(queue.hasPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    await queue.idle();
    expect(runs).toEqual([['a', 'b']]);
    expect(queue.hasPending()).toBe(false);
  });

  it('should never run twice at once, and run again for changes made during a run', async () => {
    const runs: string[][] = [];
    let running = 0;
    let overlap = false;
    let release!: () => void;
    const queue = debounce(async (paths) => {
      overlap ||= running > 0;
      running++;
      runs.push(paths);
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
      running--;
    }, 1);
    queue.push('first');
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([['first']]);
    queue.push('during');
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toEqual([['first']]);
    release();
    await vi.advanceTimersByTimeAsync(1);
    await queue.idle();
    expect(runs).toEqual([['first'], ['during']]);
    expect(overlap).toBe(false);
  });
});
