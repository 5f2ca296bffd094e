/**
 * Regression (code review): an edition date with an impossible UTC offset such
 * as +99:99 was accepted and silently moved the edition by days; real offsets
 * go up to ±14:00.
 */
import { describe, expect, it } from 'vitest';
import { parseEditionDate } from '../../src/util/dates.js';

describe('the UTC offset of an edition date', () => {
  it('is refused when no place on Earth has it (+99:99)', () => {
    expect(parseEditionDate('2024-03-12T07:00:00+99:99', 'UTC')).toBeUndefined();
  });

  it('is still accepted at the largest real offset, +14:00, and kept as written', () => {
    expect(parseEditionDate('2024-03-12T07:00:00+14:00', 'UTC')?.iso).toBe('2024-03-12T07:00:00+14:00');
  });
});
