/*
 * The iCalendar SEQUENCE of a meeting: calendars that imported a meeting replace their copy
 * only when the new one has a higher SEQUENCE, so it must rise whenever something a calendar
 * shows changes (time, place, title, status), and only then.
 */
import { sameValue } from './equal.ts';
import type { Meeting } from './types.ts';

/** The fields a calendar shows: a change to any of them raises the SEQUENCE. */
export const CALENDAR_FIELDS = [
  'startDate',
  'endDate',
  'startTime',
  'endTime',
  'timeZone',
  'place',
  'title',
  'status',
] as const satisfies readonly (keyof Meeting)[];

/**
 * Fields that say where a meeting stands while it is held, not what the meeting is: changing
 * only these raises no SEQUENCE and does not stamp updatedAt (so neither calendars nor
 * "changed since the last export" nor the comparison with the plan as loaded see a change).
 */
export const LIVE_FIELDS: readonly string[] = ['currentItemId'];

/** The SEQUENCE `after` must carry when it replaces `before`. */
export function nextSequence(before: Meeting, after: Meeting): number {
  const changed = CALENDAR_FIELDS.some((field) => !sameValue(before[field], after[field]));
  return changed ? before.sequence + 1 : before.sequence;
}
