/**
 * Regression (issue 15 review): diagnostics are ordered by UTF-16 code unit,
 * not by the machine's locale, so every machine prints (and `--json` writes)
 * the same report in the same order. File names whose locale order differs
 * from their code-unit order: "Zebra" before "apple" (upper case first), and
 * "zoo" before "été" (ASCII before accented letters), in every locale.
 */
import { describe, expect, it } from 'vitest';
import { sortDiagnostics, warning } from '../../src/diagnostics.js';
import { buildErrors, edition } from '../helpers/site.js';

const bad = edition({ headline: 'X', date: 'March 12th' });

describe('the order of diagnostics', () => {
  it('is by code unit of the file name, in a failed build', async () => {
    const diagnostics = await buildErrors({
      'content/editions/2024-03-12-apple.md': bad,
      'content/editions/2024-03-12-été.md': bad,
      'content/editions/2024-03-12-Zebra.md': bad,
      'content/editions/2024-03-12-zoo.md': bad,
    });
    expect(diagnostics.map((d) => [d.file, d.code, d.line])).toEqual([
      ['content/editions/2024-03-12-Zebra.md', 'invalid-field', 3],
      ['content/editions/2024-03-12-apple.md', 'invalid-field', 3],
      ['content/editions/2024-03-12-zoo.md', 'invalid-field', 3],
      ['content/editions/2024-03-12-été.md', 'invalid-field', 3],
    ]);
  });

  it('is by code unit of the message when file, line and column are the same', () => {
    const at = { code: 'raw-html', file: 'content/editions/a.md', line: 2, column: 1 };
    const sorted = sortDiagnostics([
      warning({ ...at, message: 'été' }),
      warning({ ...at, message: 'apple' }),
      warning({ ...at, message: 'Zebra' }),
      warning({ ...at, message: 'zoo' }),
    ]);
    expect(sorted.map((d) => d.message)).toEqual(['Zebra', 'apple', 'zoo', 'été']);
  });
});
