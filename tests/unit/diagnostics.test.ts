import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.js';

describe('formatDiagnostic', () => {
  it('should print file:line:column, the message, a code frame and the hint', () => {
    const text = '---\nheadline: X\ndate: May 6th\ntags: []\n---\nBody\n';
    const out = formatDiagnostic(
      {
        severity: 'error',
        code: 'invalid-field',
        file: 'content/editions/a.md',
        line: 3,
        column: 7,
        message: '"date" must be a date like 2024-05-06, found "May 6th".',
        hint: 'Write the date as YYYY-MM-DD.',
      },
      text,
    );
    expect(out.split('\n')).toEqual([
      'content/editions/a.md:3:7: error [invalid-field] "date" must be a date like 2024-05-06, found "May 6th".',
      '    1 | ---',
      '    2 | headline: X',
      '  > 3 | date: May 6th',
      '      |       ^',
      '    4 | tags: []',
      '    5 | ---',
      '  hint: Write the date as YYYY-MM-DD.',
    ]);
  });

  it('should print just the file when there is no line', () => {
    expect(formatDiagnostic({ severity: 'warning', code: 'missing-file', file: 'content', message: 'Gone.' })).toBe(
      'content: warning [missing-file] Gone.',
    );
  });
});
