import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/pages/lists.js';

describe('pageWindow', () => {
  it('should link every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('should keep the first, the last and two either side, with gaps between', () => {
    expect(pageWindow(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageWindow(500, 500)).toEqual([1, null, 498, 499, 500]);
  });

  it('should show a single skipped number instead of a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
  });
});
