/*
 * Calendar dates as "YYYY-MM-DD" strings. A meeting's date is a day in its own time zone,
 * never an instant, so these helpers do arithmetic in UTC where no device zone can shift it.
 */
import type { IsoDate, TimeZoneId } from './types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a "YYYY-MM-DD" date that exists (no 2011-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The date as a UTC midnight Date, for formatting with timeZone 'UTC'. */
export function dateAtUtcMidnight(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = dateAtUtcMidnight(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((dateAtUtcMidnight(to).getTime() - dateAtUtcMidnight(from).getTime()) / 86_400_000);
}

/** The calendar date it is at instant `now` in `timeZone`. */
export function todayIn(timeZone: TimeZoneId, now: Date): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // Building a formatter costs far more than using one, and "today" is asked of every
    // meeting's zone (2,000 times on a large plan's overview): one per zone.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (dayFormats.size < 1_000) dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "YYYY-MM" of a date, for grouping by month. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** True when `timeZone` is an IANA name this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  let known = zoneChecks.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    // A file names a few zones thousands of times; building a formatter each time was most of its checking.
    if (zoneChecks.size < 1_000) zoneChecks.set(timeZone, known);
  }
  return known;
}

const zoneChecks = new Map<string, boolean>();
const dayFormats = new Map<TimeZoneId, Intl.DateTimeFormat>();
