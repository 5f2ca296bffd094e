/**
 * Regression (found while fuzzing huge files, tests/fuzz/): a diagnostic's
 * code frame printed its lines whole, so an error on a 100,000-character line
 * printed all of it, and printed them raw, so an escape sequence in a content
 * file ("\u001b]0;title\u0007", colours) reached the terminal and acted there.
 */
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/util/code-frame.js';

describe('code frames', () => {
  it('cut long lines around the column, keeping the caret under it', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const frame = codeFrame(`first\n${line}\nlast`, 2, 5001);
    const [, shown, caret] = frame.split('\n');
    expect(shown!.length).toBeLessThan(200);
    expect(shown).toMatch(/\| …a+Xb+…$/);
    expect(shown!.indexOf('X')).toBe(caret!.indexOf('^'));
  });

  it('show control characters as "\ufffd", never as themselves', () => {
    const frame = codeFrame('summary: \u001b]0;pwned\u0007 and \u001b[31mred\u009b\ttabbed', 1, 1);
    expect(frame).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(frame).toContain('summary: \ufffd]0;pwned\ufffd and \ufffd[31mred\ufffd\ttabbed');
  });

  it('leave short lines as they were', () => {
    expect(codeFrame('a: 1\nb: 2\nc: 3', 2, 4)).toBe('    1 | a: 1\n  > 2 | b: 2\n      |    ^\n    3 | c: 3');
  });
});
