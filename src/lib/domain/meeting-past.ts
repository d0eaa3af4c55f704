/*
 * Whether a meeting's days are over: over, not held (only its status says that). Apart from
 * meetings.ts because only lazily loaded screens ask it (the overview knows from nextMeeting).
 */
import { todayIn } from './dates.ts';
import { lastDay } from './meetings.ts';
import type { Meeting } from './types.ts';

/** Whether every day of `meeting` is over on its own zone's calendar at `now`. */
export function isPastMeeting(meeting: Meeting, now: Date): boolean {
  return lastDay(meeting) < todayIn(meeting.timeZone, now);
}
