import { describe, expect, it } from 'vitest';
import { inkBounds } from '../../../../src/stages/share-image/ink-bounds.js';

describe('inkBounds', () => {
  it('should find the extremes of every path of each group, control points included', () => {
    const usvg = `<svg width="100" height="100" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg">
    <defs/>
    <path fill="#fdfcf8" d="M 0 0 L 100 0 L 100 100 Z"/>
    <g id="a">
        <path fill="#000000" stroke="none" d="M 10.5 20 L 30 20 Q 35 5 40 20 Z"/>
        <path fill="#000000" stroke="none" d="M -2 25 L 12 25 L 12 30 Z"/>
    </g>
    <g id="b">
        <path fill="#000000" stroke="none" d="M 1e1 5.25 C 20 50 30 60 40 5 Z"/>
    </g>
    <g id="empty">
    </g>
</svg>`;
    const boxes = inkBounds(usvg);
    expect(boxes.get('a')).toEqual({ left: -2, top: 5, right: 40, bottom: 30 });
    expect(boxes.get('b')).toEqual({ left: 10, top: 5, right: 40, bottom: 60 });
    expect(boxes.has('empty')).toBe(false);
  });
});
