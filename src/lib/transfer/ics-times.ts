/*
 * When an event happens (the app's EventTiming) -> a meeting's date and time fields: the
 * inverse of the way src/lib/ical/meeting-event.ts writes a meeting as an event, so that a
 * meeting exported and read back has the same fields. Pure.
 */
import { addDays } from '../domain/dates.ts';
import type { Meeting, TimeZoneId } from '../domain/types.ts';
import type { EventTiming } from '../ical/meeting-event.ts';

export const TIME_FIELDS = ['startDate', 'endDate', 'startTime', 'endTime', 'timeZone'] as const satisfies readonly (keyof Meeting)[];
export type MeetingTimes = Partial<Pick<Meeting, (typeof TIME_FIELDS)[number]>>;

/**
 * All-day events keep `allDayZone` (they have none of their own). A timed event ending at
 * the midnight after a later day is a meeting over several days with no end time.
 */
export function meetingTimes(timing: EventTiming, allDayZone: TimeZoneId): MeetingTimes {
  if (timing.allDay) {
    const last = addDays(timing.endExclusive, -1);
    return { startDate: timing.start, endDate: last > timing.start ? last : undefined, startTime: undefined, endTime: undefined, timeZone: allDayZone };
  }
  const startDate = timing.start.slice(0, 10);
  const times = { startDate, startTime: timing.start.slice(11, 16), timeZone: timing.timeZone };
  if (timing.days && timing.days > 1) {
    // The same session on each of its days (src/lib/ical/daily-sessions.ts).
    return { ...times, endDate: addDays(startDate, timing.days - 1), endTime: timing.end?.slice(11, 16) };
  }
  if (!timing.end) return { ...times, endDate: undefined, endTime: undefined };
  const endDay = timing.end.slice(0, 10);
  const endTime = timing.end.slice(11, 16);
  if (endTime === '00:00' && endDay > startDate) {
    const last = addDays(endDay, -1);
    return { ...times, endDate: last > startDate ? last : undefined, endTime: undefined };
  }
  return { ...times, endDate: endDay > startDate ? endDay : undefined, endTime };
}
