import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../../src/util/bounded-map.js';

describe('BoundedMap', () => {
  it('should never hold more than its limit', () => {
    const map = new BoundedMap<number, number>(3);
    for (let i = 0; i < 100; i++) map.set(i, i * 2);
    expect(map.size).toBe(3);
    expect([map.get(97), map.get(98), map.get(99)]).toEqual([194, 196, 198]);
    expect(map.get(96)).toBeUndefined();
  });

  it('should forget the entry used least recently, counting get() as a use', () => {
    const map = new BoundedMap<string, string>(2);
    map.set('a', 'A').set('b', 'B');
    expect(map.get('a')).toBe('A');
    map.set('c', 'C');
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual(['A', undefined, 'C']);
  });

  it('should replace a value without growing', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('a', 2).set('b', 3);
    expect([map.size, map.get('a'), map.get('b')]).toEqual([2, 2, 3]);
  });
});
