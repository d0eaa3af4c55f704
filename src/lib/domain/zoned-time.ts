/*
 * Wall clocks in a named time zone, turned into instants with the runtime's own time-zone
 * database (Intl), never with the device's zone. An exported meeting must land at the same
 * instant whatever zone the exporting phone is in; this is the reference the .ics writer
 * checks its output against, and what the meeting page uses to show the device's time beside
 * the meeting's own.
 */
import { addDays } from './dates.ts';
import { dailySessions } from './meetings.ts';
import type { Meeting, TimeZoneId } from './types.ts';

/** A reading of a clock, "YYYY-MM-DDTHH:MM:SS", meaningful only with a time zone. */
export type WallClock = string;

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** The wall clock's fields read as if it were UTC, in milliseconds. */
export function wallClockAsUtc(wall: WallClock): number {
  const m = WALL_CLOCK.exec(wall);
  if (!m) throw new RangeError(`Not a wall clock (YYYY-MM-DDTHH:MM:SS): ${wall}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

const formatters = new Map<TimeZoneId, Intl.DateTimeFormat>();
function formatterFor(timeZone: TimeZoneId): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// The last offsets read, per zone: reading one through Intl is the costliest step of a large
// .ics export, and the writer asks again for the instant it has just computed. Bounded.
const recent = new Map<TimeZoneId, Map<number, number>>();
const RECENT_MAX = 256;

/** Minutes to add to UTC to get the wall clock in `timeZone` at `instant` (ms). */
export function offsetMinutesAt(instant: number, timeZone: TimeZoneId): number {
  let known = recent.get(timeZone);
  const hit = known?.get(instant);
  if (hit !== undefined) return hit;
  const offset = readOffset(instant, timeZone);
  if (!known) recent.set(timeZone, (known = new Map<number, number>()));
  if (known.size >= RECENT_MAX) known.clear();
  known.set(instant, offset);
  return offset;
}

function readOffset(instant: number, timeZone: TimeZoneId): number {
  const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) field[part.type] ??= Number(part.value);
  const get = (type: Intl.DateTimeFormatPartTypes) => field[type] ?? NaN;
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / MINUTE);
}

/**
 * The instant (ms) the wall clock shows in `timeZone`. With `offset` (minutes east of UTC),
 * a time that happens twice is the one with that offset. Otherwise it is read as RFC 5545
 * says (3.3.5): a time that happens twice when clocks go back is the first one; a time
 * skipped when clocks go forward is read with the offset from before the gap.
 */
export function wallClockToInstant(wall: WallClock, timeZone: TimeZoneId, offset?: number): number {
  const local = wallClockAsUtc(wall);
  if (offset !== undefined && offsetMinutesAt(local - offset * MINUTE, timeZone) === offset) return local - offset * MINUTE;
  const before = offsetMinutesAt(local - DAY, timeZone);
  const after = offsetMinutesAt(local + DAY, timeZone);
  // Away from a change (nearly always) both offsets are the same: one candidate to check.
  const valid = (before === after ? [before] : [before, after])
    .map((offset) => local - offset * MINUTE)
    .filter((t) => t + offsetMinutesAt(t, timeZone) * MINUTE === local);
  return valid.length ? Math.min(...valid) : local - before * MINUTE;
}

type TimedFields = Pick<Meeting, 'startDate' | 'endDate' | 'startTime' | 'endTime' | 'timeZone' | 'startOffset' | 'endOffset'>;

/**
 * The instants (ms) a timed meeting starts and ends in its own zone, as the .ics export
 * writes it: its first session (a meeting over several days holds one each day, see
 * `meetingSessions`); for one stretch over several days (end time not after the start
 * time), from the first day to the end time on the last day. Each time takes its chosen
 * UTC offset when it happens twice on the first day (the offsets belong to the first day).
 * Undefined for a whole-day meeting; `end` undefined without an end time.
 */
export function meetingInstants(meeting: TimedFields): { start: number; end?: number } | undefined {
  return meetingSessions(meeting)?.[0];
}

/** Each daily session of a timed meeting, in order (one for a one-day meeting); undefined when whole-day. */
export function meetingSessions(meeting: TimedFields): { start: number; end?: number }[] | undefined {
  if (!meeting.startTime) return undefined;
  const { startTime, endTime } = meeting;
  const at = (date: string, time: string, offset?: number) => wallClockToInstant(`${date}T${time}:00`, meeting.timeZone, offset);
  const days = dailySessions(meeting);
  if (days === 1) {
    const start = at(meeting.startDate, startTime, meeting.startOffset);
    const last = meeting.endDate ?? meeting.startDate;
    const endOffset = last === meeting.startDate ? meeting.endOffset : undefined;
    return [{ start, end: endTime ? at(last, endTime, endOffset) : undefined }];
  }
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(meeting.startDate, i);
    const first = i === 0;
    return {
      start: at(date, startTime, first ? meeting.startOffset : undefined),
      end: endTime ? at(date, endTime, first ? meeting.endOffset : undefined) : undefined,
    };
  });
}
