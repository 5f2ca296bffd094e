import { describe, expect, it } from 'vitest';
import { formatDuration, formatLongDate, formatMonth, isoDuration, isoInZone, parseEditionDate } from '../../../src/util/dates.js';

describe('parseEditionDate', () => {
  it('should read a bare date as midnight in the site time zone', () => {
    expect(parseEditionDate('2024-03-12', 'America/New_York')).toEqual({
      epoch: Date.parse('2024-03-12T04:00:00Z'),
      iso: '2024-03-12T00:00:00-04:00',
      year: '2024',
      month: '03',
      day: '12',
    });
  });

  it('should keep an explicit offset', () => {
    expect(parseEditionDate('2024-03-12T07:00:00+05:30', 'UTC')?.iso).toBe('2024-03-12T07:00:00+05:30');
    expect(parseEditionDate('2024-03-12T07:00Z', 'Europe/Paris')?.iso).toBe('2024-03-12T07:00:00+00:00');
  });

  it('should use the offset in force on that day across daylight saving', () => {
    expect(parseEditionDate('2024-01-15 09:30', 'Europe/Berlin')?.iso).toBe('2024-01-15T09:30:00+01:00');
    expect(parseEditionDate('2024-07-15 09:30', 'Europe/Berlin')?.iso).toBe('2024-07-15T09:30:00+02:00');
  });

  it('should refuse what is not a calendar date', () => {
    for (const input of ['2024-02-30', '2024-13-01', '12/03/2024', 'March 12', '2024-03-12T25:00', '']) {
      expect(parseEditionDate(input, 'UTC')).toBeUndefined();
    }
  });
});

describe('formatting', () => {
  it('should format dates for the reader', () => {
    const epoch = Date.parse('2024-03-12T11:00:00Z');
    expect(formatLongDate(epoch, 'en', 'America/New_York')).toBe('March 12, 2024');
    expect(formatLongDate(epoch, 'de', 'Europe/Berlin')).toBe('12. März 2024');
    expect(isoInZone(epoch, 'America/New_York')).toBe('2024-03-12T07:00:00-04:00');
  });

  it('should name months in the site language, whatever the time zone', () => {
    expect(formatMonth('2024', '03', 'en')).toBe('March 2024');
    expect(formatMonth('2024', '12', 'de')).toBe('Dezember 2024');
    expect(formatMonth('2024', '01', 'en')).toBe('January 2024');
  });

  it('should format durations for people and for machines', () => {
    expect([formatDuration(111.6), formatDuration(5), formatDuration(3725)]).toEqual(['1:52', '0:05', '1:02:05']);
    expect([isoDuration(111.6), isoDuration(0), isoDuration(3600)]).toEqual(['PT1M52S', 'PT0S', 'PT1H']);
  });
});
