import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../../src/util/bounded-map.js';

describe('BoundedMap', () => {
  it('should never hold more than its limit, and keep the half set last', () => {
    const map = new BoundedMap<number, number>(10);
    for (let i = 0; i < 1000; i++) {
      map.set(i, i * 2);
      expect(map.size).toBeLessThanOrEqual(10);
    }
    for (let i = 995; i < 1000; i++) expect(map.get(i)).toBe(i * 2);
    expect(map.get(0)).toBeUndefined();
  });

  it('should keep what is used, counting get() as a use', () => {
    const map = new BoundedMap<string, string>(4);
    map.set('used', 'U');
    for (let i = 0; i < 100; i++) {
      map.set(`other ${i}`, 'O');
      expect(map.get('used')).toBe('U');
    }
    expect(map.size).toBeLessThanOrEqual(4);
  });

  it('should replace a value without growing', () => {
    const map = new BoundedMap<string, number>(4);
    map.set('a', 1).set('b', 2).set('c', 3).set('a', 4);
    expect([map.size, map.get('a'), map.get('b'), map.get('c')]).toEqual([3, 4, 2, 3]);
  });

  it('should hold at most its limit when the limit is odd, and refuse a limit under 2', () => {
    const map = new BoundedMap<number, number>(3);
    for (let i = 0; i < 10; i++) map.set(i, i);
    expect(map.size).toBeLessThanOrEqual(3);
    expect(map.get(9)).toBe(9);
    expect(() => new BoundedMap(1)).toThrow(RangeError);
  });
});
