/*
 * Rules about meetings that every screen shares: their order, which one is next, which
 * month they fall in, and which meeting the whole plan prepares.
 */
import { daysBetween, monthOf, todayIn } from './dates.ts';
import type { IsoDate, Meeting } from './types.ts';

/** Last day of a meeting (its start day for a one-day meeting). */
export function lastDay(meeting: Meeting): IsoDate {
  return meeting.endDate ?? meeting.startDate;
}

/**
 * How many daily sessions a timed meeting holds: one per day of a meeting over several days
 * (17–18 November, 10:00–13:00 is 10:00–13:00 on each day), else 1. A whole-day meeting, or
 * one whose end time is not after its start time (18:00–10:00 over two days: one stretch
 * from the first day to the last), counts as 1.
 */
export function dailySessions(meeting: Pick<Meeting, 'startDate' | 'endDate' | 'startTime' | 'endTime'>): number {
  if (!meeting.startTime || (meeting.endTime && meeting.endTime <= meeting.startTime)) return 1;
  return Math.max(1, daysBetween(meeting.startDate, meeting.endDate ?? meeting.startDate) + 1);
}

/**
 * Plain code-unit order: right for ISO dates and 24 h times, stable for ids, and many times
 * faster than localeCompare (sorting 2,000 meetings with it held a slow phone for 100s of ms).
 */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareMeetings(a: Meeting, b: Meeting): number {
  return byCodeUnit(a.startDate, b.startDate) || byCodeUnit(a.startTime ?? '', b.startTime ?? '') || byCodeUnit(a.id, b.id);
}

export function sortMeetings(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort(compareMeetings);
}

export type NextMeeting =
  | { state: 'today'; meeting: Meeting }
  | { state: 'upcoming'; meeting: Meeting; daysUntil: number }
  | { state: 'completed'; meeting: Meeting }
  | { state: 'none' };

/**
 * Where the group stands on `today`: a meeting under way today, the next one to come, or,
 * when all are past, the last one. Cancelled meetings are never "next". `today` may depend on
 * the meeting: a meeting's day is a day on its own zone's calendar, whatever the device's.
 */
/**
 * The meeting the first screen is about at `now`: the working group's meeting of the day, else
 * its next, else its last, each day taken in the meeting's own zone.
 */
export function overviewMeeting(meetings: readonly Meeting[], now: Date): NextMeeting {
  return nextMeeting(
    meetings.filter((m) => m.kind === 'working-group'),
    (m) => todayIn(m.timeZone, now),
  );
}

export function nextMeeting(meetings: readonly Meeting[], today: IsoDate | ((meeting: Meeting) => IsoDate)): NextMeeting {
  const dayOf = typeof today === 'string' ? () => today : today;
  const live = sortMeetings(meetings).filter((m) => m.status !== 'cancelled');
  const current = live.find((m) => m.startDate <= dayOf(m) && dayOf(m) <= lastDay(m));
  if (current) return { state: 'today', meeting: current };
  const upcoming = live.find((m) => m.startDate > dayOf(m));
  if (upcoming) return { state: 'upcoming', meeting: upcoming, daysUntil: daysBetween(dayOf(upcoming), upcoming.startDate) };
  const last = live.at(-1);
  return last ? { state: 'completed', meeting: last } : { state: 'none' };
}

export type MonthGroup = { month: string; meetings: Meeting[] };

/** Meetings in date order, grouped by the month they start in ("YYYY-MM"). */
export function groupByMonth(meetings: readonly Meeting[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const meeting of sortMeetings(meetings)) {
    const month = monthOf(meeting.startDate);
    const group = groups.at(-1);
    if (group?.month === month) group.meetings.push(meeting);
    else groups.push({ month, meetings: [meeting] });
  }
  return groups;
}

/** The meeting the plan prepares: its latest ministerial meeting, if any. */
export function goalMeeting(meetings: readonly Meeting[]): Meeting | undefined {
  return sortMeetings(meetings.filter((m) => m.kind === 'ministerial')).at(-1);
}

/** The meetings before and after `id` in date order, for "previous / next" links. */
export function neighbours(meetings: readonly Meeting[], id: string): { previous?: Meeting; next?: Meeting } {
  const sorted = sortMeetings(meetings);
  const i = sorted.findIndex((m) => m.id === id);
  if (i < 0) return {};
  return { previous: sorted[i - 1], next: sorted[i + 1] };
}
