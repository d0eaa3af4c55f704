/*
 * The meeting day as the first screen shows it: which agenda item is under discussion, which
 * comes next, how long until a timed meeting starts, and the meeting after this one.
 */
import { sortByOrder } from './agenda.ts';
import { lastDay, sortMeetings } from './meetings.ts';
import type { AgendaItem, Id, Meeting } from './types.ts';
import { meetingSessions } from './zoned-time.ts';

type NumberedItem = { item: AgendaItem; number: number };
export type AgendaProgress = { current?: NumberedItem; next?: NumberedItem };

/**
 * The item under discussion (none when `currentItemId` is not one of `items`) and the one to
 * take up next: the first after it that has no outcome yet, or, with no current item, the
 * first of the agenda without an outcome.
 */
export function agendaProgress(items: readonly AgendaItem[], currentItemId: Id | undefined): AgendaProgress {
  const numbered = sortByOrder(items).map((item, i) => ({ item, number: i + 1 }));
  const at = numbered.findIndex((n) => n.item.id === currentItemId);
  const next = numbered.slice(at + 1).find((n) => !n.item.outcome);
  return { ...(at >= 0 ? { current: numbered[at] } : {}), ...(next ? { next } : {}) };
}

export type Countdown = { hours: number; minutes: number };

/**
 * Hours and minutes (rounded up) until a timed meeting's next session starts (a meeting over
 * several days has one each day); undefined while a session is on, once the last has
 * started, or without a time.
 */
export function countdownTo(meeting: Meeting, now: Date): Countdown | undefined {
  const at = now.getTime();
  const sessions = (meetingSessions(meeting) ?? []).filter((s) => !Number.isNaN(s.start));
  if (sessions.some((s) => s.start <= at && s.end !== undefined && at < s.end)) return undefined;
  const start = sessions.find((s) => s.start > at)?.start;
  if (start === undefined) return undefined;
  const minutes = Math.ceil((start - at) / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** The first meeting (not cancelled) that starts after `meeting` has ended. */
export function meetingAfter(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  const end = lastDay(meeting);
  return sortMeetings(meetings).find((m) => m.status !== 'cancelled' && m.startDate > end);
}
