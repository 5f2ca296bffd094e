import { describe, expect, it } from 'vitest';
import { debounce } from '../../../src/dev/debounce.js';

describe('debounce', () => {
  it('should run once for a burst of changes, with every path', async () => {
    const runs: string[][] = [];
    const queue = debounce(async (paths) => void runs.push(paths), 5);
    queue.push('b');
    queue.push('a');
    queue.push('b');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await queue.idle();
    expect(runs).toEqual([['a', 'b']]);
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
    await new Promise((resolve) => setTimeout(resolve, 10));
    queue.push('during');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(runs).toEqual([['first']]);
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await queue.idle();
    expect(runs).toEqual([['first'], ['during']]);
    expect(overlap).toBe(false);
  });
});
