import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/cli/progress.js';

function recorder() {
  const writes: string[] = [];
  return { writes, out: { write: (text: string) => writes.push(text), isTTY: true } };
}

describe('createProgress', () => {
  it('should stay silent for a build that ends within a second', () => {
    const { writes, out } = recorder();
    let now = 0;
    const progress = createProgress(out, true, () => now);
    progress.step('read');
    now = 900;
    progress.step('render', 40);
    progress.done();
    expect(writes).toEqual([]);
  });

  it('should show the step and the time after a second, and erase the line at the end', () => {
    const { writes, out } = recorder();
    let now = 0;
    const progress = createProgress(out, true, () => now);
    now = 1500;
    progress.step('render', 1200);
    progress.done();
    expect(writes).toEqual(['\r\x1b[KRendering pages (1200)… 1.5 s', '\r\x1b[K']);
  });

  it('should print nothing when disabled (not a terminal, --quiet or --json)', () => {
    const { writes, out } = recorder();
    let now = 5000;
    const progress = createProgress(out, false, () => now);
    progress.step('write', 3);
    now = 9000;
    progress.done();
    expect(writes).toEqual([]);
  });
});
