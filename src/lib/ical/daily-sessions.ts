/*
 * A timed meeting over several days as calendars must show it: its session on each day at
 * the same wall-clock times (17–18 November, 10:00–13:00 is two sessions of three hours), as
 * ONE event that repeats, `RRULE:FREQ=DAILY;COUNT=n`, so that it keeps one UID and a later
 * export updates or cancels every day at once. The reader repeats the wall clock in the
 * event's zone, so a DST change between the days is followed (libical, python-icalendar and
 * ical.js agree: tests/unit/ical/strict-readers.test.ts), provided the zone's VTIMEZONE is
 * right on every day, which ./event-times.ts checks for the first day and this module for
 * the others. When it is not (a zone that changed its rules since, a wall clock that
 * happens twice or not at all), the event is written in UTC: the rule repeats every 24 h,
 * and each day whose session is not 24 h after the one before gets an override (a VEVENT
 * with the same UID and RECURRENCE-ID, as calendars write a moved occurrence). RDATE was
 * not used: libical counts DTSTART twice when it is listed, ical.js drops it when it is not.
 */
import { addDays } from '../domain/dates.ts';
import { offsetMinutesAt, wallClockAsUtc, wallClockToInstant, type WallClock } from '../domain/zoned-time.ts';
import { icalTimes, type IcalTimes } from './event-times.ts';
import type { EventTiming } from './meeting-event.ts';
import { vtimezoneOffsetAt } from './vtimezone.ts';

type Timed = Extract<EventTiming, { allDay: false }>;
type Instants = { start: number; end?: number };

type SessionOverride = { recurrenceId: Date; times: IcalTimes };
export type SessionTimes = {
  times: IcalTimes;
  /** How many days the rule repeats the session on, when it repeats. */
  daily?: number;
  overrides?: SessionOverride[];
};

const DAY = 86_400_000;
const MINUTE = 60_000;

export function sessionTimes(timing: EventTiming): SessionTimes {
  if (timing.allDay || !timing.days || timing.days < 2) return { times: icalTimes(timing) };
  const days = Array.from({ length: timing.days }, (_, i) => onDay(timing, i));
  const first = icalTimes(timing);
  if ('vtimezone' in first && days.slice(1).every((day) => zoneHolds(first.vtimezone.block, day))) return { times: first, daily: timing.days };
  const instants = days.map(instantsOf);
  const base = instants[0] ?? { start: NaN };
  const overrides = instants.flatMap((day, i) => {
    const due = base.start + i * DAY; // where the rule puts day i in UTC
    const sameEnd = day.end === undefined || base.end === undefined || day.end - day.start === base.end - base.start;
    return day.start === due && sameEnd ? [] : [{ recurrenceId: new Date(due), times: utc(day) }];
  });
  return { times: utc(base), daily: timing.days, ...(overrides.length ? { overrides } : {}) };
}

function utc({ start, end }: Instants): IcalTimes {
  return { allDay: false, start: new Date(start), end: end === undefined ? undefined : new Date(end), timezone: null };
}

function instantsOf(day: Timed): Instants {
  const start = wallClockToInstant(day.start, day.timeZone, day.startOffset);
  return day.end === undefined ? { start } : { start, end: wallClockToInstant(day.end, day.timeZone, day.endOffset) };
}

/** The session of day `i` (0 for the first), as a one-day timing; the chosen offsets belong to the first day. */
function onDay(timing: Timed, i: number): Timed {
  if (i === 0) return { ...timing, days: undefined };
  const shift = (wall: WallClock) => `${addDays(wall.slice(0, 10), i)}${wall.slice(10)}`;
  const day: Timed = { allDay: false, timeZone: timing.timeZone, start: shift(timing.start) };
  return timing.end === undefined ? day : { ...day, end: shift(timing.end) };
}

/** True when the block gives the runtime's offset at the day's times, and each exists once there. */
function zoneHolds(block: string, day: Timed): boolean {
  return [day.start, ...(day.end === undefined ? [] : [day.end])].every((wall) => {
    const instant = wallClockToInstant(wall, day.timeZone);
    return vtimezoneOffsetAt(block, instant) === offsetMinutesAt(instant, day.timeZone) && existsOnce(wall, day.timeZone);
  });
}

/** False for a wall clock skipped (spring forward) or shown twice (fall back) in `zone`. */
function existsOnce(wall: WallClock, zone: string): boolean {
  const local = wallClockAsUtc(wall);
  const offsets = new Set([offsetMinutesAt(local - DAY, zone), offsetMinutesAt(local + DAY, zone)]);
  const readings = [...offsets].map((offset) => local - offset * MINUTE).filter((t) => t + offsetMinutesAt(t, zone) * MINUTE === local);
  return readings.length === 1;
}
