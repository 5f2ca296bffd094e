import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../../src/pages/lists.js';

describe('pageWindow', () => {
  it('should link every numbered page of a short list', () => {
    expect(pageWindow(1, 0)).toEqual([]);
    expect(pageWindow(2, 1)).toEqual([1]);
    expect(pageWindow(3, 4)).toEqual([1, 2, 3, 4]);
  });

  it('should keep the first and two either side, with gaps between, and never the highest unless near', () => {
    expect(pageWindow(1, 500)).toEqual([1, 2, 3]);
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252]);
    expect(pageWindow(501, 500)).toEqual([1, null, 499, 500]);
  });

  it('should show a single skipped number instead of a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageWindow(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8]);
  });
});
