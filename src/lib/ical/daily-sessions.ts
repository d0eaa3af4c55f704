/*
 * A timed meeting over several days as calendars must show it: its session on each day at
 * the same wall-clock times (17–18 November, 10:00–13:00 is two sessions of three hours), as
 * ONE event that repeats, `RRULE:FREQ=DAILY;COUNT=n`, so that it keeps one UID and a later
 * export updates or cancels every day at once. libical, python-icalendar and ical.js expand
 * it to the right instants, a DST change between the days included
 * (tests/unit/ical/strict-readers.test.ts), because the rule repeats the wall clock in the
 * event's zone. So each day's times must be right in that zone, which ./event-times.ts
 * checks for one instant at a time: every day is checked here.
 *  - every day trusted in the zone (TZID + VTIMEZONE): the first day's times and the rule;
 *  - else, written in UTC: the rule still fits when the days are exactly 24 h apart (the
 *    zone's offset does not change between them);
 *  - else (an untrusted zone that changes its offset between the days), each day's UTC
 *    start in an RDATE list, which every reader combines with DTSTART.
 */
import { addDays } from '../domain/dates.ts';
import { wallClockToInstant } from '../domain/zoned-time.ts';
import { icalTimes, type IcalTimes } from './event-times.ts';
import type { EventTiming } from './meeting-event.ts';

export type SessionTimes = {
  times: IcalTimes;
  /** The rule for days 2..n, when it is one. */
  daily?: number;
  /** The starts of days 2..n, as UTC instants, when no rule fits. */
  rdates?: Date[];
};

const DAY = 86_400_000;

export function sessionTimes(timing: EventTiming): SessionTimes {
  if (timing.allDay || !timing.days || timing.days < 2) return { times: icalTimes(timing) };
  const days = Array.from({ length: timing.days }, (_, i) => onDay(timing, i));
  const first = icalTimes(timing);
  if (days.every((day) => icalTimes(day).timezone !== null)) return { times: first, daily: timing.days };
  const starts = days.map((day) => wallClockToInstant(day.start, day.timeZone));
  const end = timing.end === undefined ? undefined : new Date(wallClockToInstant(timing.end, timing.timeZone));
  const utc: IcalTimes = { allDay: false, start: new Date(starts[0] ?? NaN), end, timezone: null };
  if (starts.every((start, i) => start - (starts[0] ?? NaN) === i * DAY)) return { times: utc, daily: timing.days };
  return { times: utc, rdates: starts.slice(1).map((start) => new Date(start)) };
}

/** The session of day `i` (0 for the first), as a one-day timing. */
function onDay(timing: Extract<EventTiming, { allDay: false }>, i: number): Extract<EventTiming, { allDay: false }> {
  const shift = (wall: string) => `${addDays(wall.slice(0, 10), i)}${wall.slice(10)}`;
  const { timeZone } = timing;
  return timing.end === undefined ? { allDay: false, timeZone, start: shift(timing.start) } : { allDay: false, timeZone, start: shift(timing.start), end: shift(timing.end) };
}

/** The RDATE line for `rdates` (UTC "Z" form, which needs no VTIMEZONE). */
export function rdateLine(rdates: readonly Date[]): string {
  const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return `RDATE:${rdates.map(utc).join(',')}`;
}
