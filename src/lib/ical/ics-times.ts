/*
 * When an event happens (the app's EventTiming) -> a meeting's date and time fields: the
 * inverse of the way src/lib/ical/meeting-event.ts writes a meeting as an event, so that a
 * meeting exported and read back has the same fields. Pure.
 */
import { instantToWallClock, readWallClock } from '../domain/clock-changes.ts';
import { addDays } from '../domain/dates.ts';
import type { Meeting, TimeZoneId } from '../domain/types.ts';
import { wallClockToInstant, type WallClock } from '../domain/zoned-time.ts';
import type { EventTiming } from './meeting-event.ts';

export const TIME_FIELDS = [
  'startDate',
  'endDate',
  'startTime',
  'endTime',
  'timeZone',
  'startOffset',
  'endOffset',
] as const satisfies readonly (keyof Meeting)[];
export type MeetingTimes = Partial<Pick<Meeting, (typeof TIME_FIELDS)[number]>>;

/**
 * All-day events keep `allDayZone` (they have none of their own). A timed event ending at
 * the midnight after a later day is a meeting over several days with no end time.
 */
export function meetingTimes(timing: EventTiming, allDayZone: TimeZoneId): MeetingTimes {
  const none = { startOffset: undefined, endOffset: undefined };
  if (timing.allDay) {
    const last = addDays(timing.endExclusive, -1);
    return {
      startDate: timing.start,
      endDate: last > timing.start ? last : undefined,
      startTime: undefined,
      endTime: undefined,
      timeZone: allDayZone,
      ...none,
    };
  }
  const start = settled(timing.start, timing.timeZone, timing.startOffset);
  const startDate = start.wall.slice(0, 10);
  const times = { startDate, startTime: start.wall.slice(11, 16), timeZone: timing.timeZone, ...none, startOffset: start.offset };
  if (timing.days && timing.days > 1) {
    // The same session on each of its days (src/lib/ical/daily-sessions.ts).
    const end = timing.end === undefined ? undefined : settled(timing.end, timing.timeZone, timing.endOffset);
    return { ...times, endDate: addDays(startDate, timing.days - 1), endTime: end?.wall.slice(11, 16), endOffset: end?.offset };
  }
  if (!timing.end) return { ...times, endDate: undefined, endTime: undefined };
  const end = settled(timing.end, timing.timeZone, timing.endOffset);
  const endDay = end.wall.slice(0, 10);
  const endTime = end.wall.slice(11, 16);
  if (endTime === '00:00' && endDay > startDate) {
    const last = addDays(endDay, -1);
    return { ...times, endDate: last > startDate ? last : undefined, endTime: undefined };
  }
  // An offset belongs to the first day's time (domain/meeting-clock.ts).
  return { ...times, endDate: endDay > startDate ? endDay : undefined, endTime, endOffset: endDay === startDate ? end.offset : undefined };
}

/**
 * A wall clock as a meeting stores it, at the instant the file means: one the zone's clocks
 * skip moves to the time they show then (RFC 5545 reads it with the offset before the gap);
 * one they show twice keeps its UTC offset (the first, as RFC 5545 reads it, unless the
 * instant said which).
 */
function settled(wall: WallClock, zone: TimeZoneId, offset?: number): { wall: WallClock; offset?: number } {
  const reading = readWallClock(wall, zone);
  if (reading.kind === 'once') return { wall };
  if (reading.kind === 'twice') return { wall, offset: offset === reading.second ? reading.second : reading.first };
  return instantToWallClock(wallClockToInstant(wall, zone), zone);
}
