/** Edition dates: parsing what editors write, and formatting for pages and feeds. */
import type { EditionDate } from '../model/index.js';
import { BoundedMap } from './bounded-map.js';

const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?$/;

const offsetFormatters = new BoundedMap<string, Intl.DateTimeFormat>(64);

/** True when `timeZone` is an IANA zone this Node.js knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The UTC offset in minutes that `timeZone` has at `epoch`. */
export function zoneOffsetMinutes(epoch: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, format);
  }
  const name = format.formatToParts(epoch).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Read `2024-03-12`, `2024-03-12T07:00`, or `2024-03-12T07:00:00-04:00`.
 * Without an offset the time is wall-clock time in `timeZone` (midnight when absent).
 */
export function parseEditionDate(input: string, timeZone: string): EditionDate | undefined {
  const m = DATE_PATTERN.exec(input.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh = '00', mi = '00', ss = '00', zone] = m as unknown as string[];
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(hh), Number(mi), Number(ss));
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(hh) > 23 ||
    Number(mi) > 59 ||
    Number(ss) > 59
  ) {
    return undefined;
  }
  let offset: number;
  if (zone) {
    offset = zone === 'Z' ? 0 : parseOffset(zone);
  } else {
    // The offset at the wall time itself can differ across a DST change, so check twice.
    offset = zoneOffsetMinutes(wall, timeZone);
    offset = zoneOffsetMinutes(wall - offset * 60_000, timeZone);
  }
  const epoch = wall - offset * 60_000;
  const iso = `${y}-${mo}-${d}T${hh}:${mi}:${ss}${formatOffset(offset)}`;
  return { epoch, iso, year: y!, month: mo!, day: d! };
}

function parseOffset(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** +05:30, -04:00, +00:00 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 for `epoch` as wall-clock time in `timeZone`, with its offset. */
export function isoInZone(epoch: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(epoch, timeZone);
  const wall = new Date(epoch + offset * 60_000).toISOString().slice(0, 19);
  return `${wall}${formatOffset(offset)}`;
}

/** "March 12, 2024" in English, "12. März 2024" in German: the reader's convention. */
export function formatLongDate(epoch: number, language: string, timeZone: string): string {
  const key = `${language}|${timeZone}`;
  let format = longDateFormatters.get(key);
  if (!format) {
    // Creating an Intl formatter costs far more than using one; archives format thousands of dates.
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone });
    longDateFormatters.set(key, format);
  }
  return format.format(epoch);
}

const longDateFormatters = new BoundedMap<string, Intl.DateTimeFormat>(64);

/**
 * An edition's own calendar day, in the reader's convention: the day its
 * front matter names, in the offset written there or else the site's time
 * zone, so the words agree with `<time datetime>` ("2024-11-05T23:30-05:00"
 * is November 5 wherever the site is).
 */
export function formatEditionDay(date: { year: string; month: string; day: string }, language: string): string {
  return formatLongDate(Date.UTC(Number(date.year), Number(date.month) - 1, Number(date.day)), language, 'UTC');
}

/** "March 2024" in the site language, for month headings; a decade of archives has only 120 of them. */
export function formatMonth(year: string, month: string, language: string): string {
  const key = `${language}|${year}-${month}`;
  let label = monthLabels.get(key);
  if (label === undefined) {
    let format = monthFormatters.get(language);
    if (!format) monthFormatters.set(language, (format = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' })));
    monthLabels.set(key, (label = format.format(Date.UTC(Number(year), Number(month) - 1, 1))));
  }
  return label;
}

const monthFormatters = new BoundedMap<string, Intl.DateTimeFormat>(64);
const monthLabels = new BoundedMap<string, string>(4096);

/** RFC 822 date for RSS, in UTC: "Tue, 12 Mar 2024 11:00:00 GMT". */
export function formatRfc822(epoch: number): string {
  return new Date(epoch).toUTCString();
}

/** "1:52" for 112 seconds; "1:02:05" past the hour. */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** ISO 8601 duration for <time datetime>: "PT1M52S". */
export function isoDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
