/*
 * One meeting of the plan as a calendar event: what the .ics file says about it, before any
 * iCalendar syntax. Pure: the same records always give the same event, so a meeting exported
 * twice keeps its UID and a calendar app updates it instead of adding a copy.
 */
import { sortByOrder } from '../domain/agenda.ts';
import { addDays, dateAtUtcMidnight } from '../domain/dates.ts';
import { dailySessions, lastDay } from '../domain/meetings.ts';
import { textIn } from '../domain/text.ts';
import type { AgendaItem, Id, Instant, IsoDate, LocalizedText, Meeting, MeetingStatus, Plan, TimeZoneId } from '../domain/types.ts';
import { fill } from '../i18n/fill.ts';
import type { IcalWords } from '../i18n/fr-ical.ts';
import type { WallClock } from '../domain/zoned-time.ts';

/** Reserved top-level domain (RFC 2606): UIDs look like addresses but belong to no one. */
export const UID_SUFFIX = '@quorum.invalid';

export type EventTiming =
  | { allDay: true; start: IsoDate; endExclusive: IsoDate }
  | {
      allDay: false;
      timeZone: TimeZoneId;
      start: WallClock;
      end?: WallClock;
      /** Which of the two a time shown twice is, on the first day (minutes east of UTC). */
      startOffset?: number;
      endOffset?: number;
      /** A meeting over several days: a session each day at the same times, `days` of them. */
      days?: number;
    };

type EventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export type MeetingEvent = {
  uid: string;
  sequence: number;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  timing: EventTiming;
  status: EventStatus;
  lastModified: Instant;
  alarmDescription: string;
};

export type MeetingEventInput = {
  plan: Plan;
  meeting: Meeting;
  /** The plan's agenda items; those of other meetings are ignored. */
  agendaItems: readonly AgendaItem[];
  words: IcalWords;
  appBaseUrl?: string;
};

const STATUS: Record<MeetingStatus, EventStatus> = {
  planned: 'CONFIRMED',
  held: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Stable and readable: "<plan id>/<meeting id>@quorum.invalid", each id percent-encoded. */
export function meetingUid(planId: Id, meetingId: Id): string {
  return `${encodeURIComponent(planId)}/${encodeURIComponent(meetingId)}${UID_SUFFIX}`;
}

export function meetingEvent({ plan, meeting, agendaItems, words, appBaseUrl }: MeetingEventInput): MeetingEvent {
  const summary = statusPrefix(meeting.status, words) + title(plan, meeting, words);
  const url = appBaseUrl === undefined ? undefined : meetingUrl(appBaseUrl, meeting.id);
  return {
    uid: meetingUid(plan.id, meeting.id),
    sequence: Math.max(0, Math.trunc(meeting.sequence) || 0),
    summary,
    description: descriptionText(meeting, agendaItems, words),
    location: meeting.place ? oneLine(read(meeting.place, words)) : undefined,
    url,
    timing: timing(meeting),
    status: STATUS[meeting.status],
    lastModified: meeting.updatedAt,
    alarmDescription: fill(words.alarmDescription, { summary }),
  };
}

function read(text: LocalizedText, words: IcalWords): string {
  return textIn(text, words.locale).text;
}

/** Line breaks inside one item would break the "one item per line" layout. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function title(plan: Plan, meeting: Meeting, words: IcalWords): string {
  if (meeting.title) return oneLine(read(meeting.title, words));
  const date = longDate(words.locale).format(dateAtUtcMidnight(meeting.startDate));
  const pattern = meeting.kind === 'working-group' ? words.workingGroupSummary : words.meetingSummary;
  return fill(pattern, { group: oneLine(read(plan.shortTitle, words)), date });
}

/** One formatter per language: constructing Intl.DateTimeFormat costs far more than using it. */
const longDates = new Map<string, Intl.DateTimeFormat>();
function longDate(locale: string): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    longDates.set(locale, format);
  }
  return format;
}

function statusPrefix(status: MeetingStatus, words: IcalWords): string {
  if (status === 'postponed') return words.postponedPrefix;
  if (status === 'cancelled') return words.cancelledPrefix;
  return '';
}

/**
 * The meeting's notes (as written, line breaks kept), then its agenda under its heading: the
 * import reads the agenda from the lines after the heading only, so a numbered line in the
 * notes never becomes an item (src/lib/ical/ics-import.ts).
 */
function descriptionText(meeting: Meeting, items: readonly AgendaItem[], words: IcalWords): string | undefined {
  const notes = meeting.notes ? read(meeting.notes, words).trim() : '';
  const agenda = agendaText(meeting, items, words);
  const parts = [notes, agenda ?? ''].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

function agendaText(meeting: Meeting, items: readonly AgendaItem[], words: IcalWords): string | undefined {
  const own = sortByOrder(items.filter((item) => item.meetingId === meeting.id));
  if (!own.length) return undefined;
  const lines = own.map((item, i) => fill(words.agendaItem, { n: i + 1, text: oneLine(read(item.text, words)) }));
  return [words.agendaHeading, ...lines].join('\n');
}

/**
 * The app's page for the meeting, only for an http(s) base. `,` `;` `\` are percent-encoded:
 * ical-generator escapes URL values like TEXT, which would put backslashes into the link.
 */
export function meetingUrl(appBaseUrl: string, meetingId: Id): string | undefined {
  const base = appBaseUrl.split('#')[0] ?? '';
  let protocol: string;
  try {
    protocol = new URL(base).protocol;
  } catch {
    return undefined;
  }
  if (protocol !== 'https:' && protocol !== 'http:') return undefined;
  const url = `${base}#/meeting/${encodeURIComponent(meetingId)}`;
  return url.replace(/[,;\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Without a start time the meeting is all-day over its days (DTEND exclusive). With one, it
 * is a session from the start time to the end time (or with no end time, a start alone); a
 * meeting over several days holds that session on each of its days (17–18 November,
 * 10:00–13:00: 10:00–13:00 on the 17th and on the 18th, never one 27-hour event), written
 * as one repeating event (./daily-sessions.ts). Only an end time at or before the start time
 * (18:00–10:00 over two days) still means one stretch, to the end time on the last day.
 */
function timing(meeting: Meeting): EventTiming {
  const last = lastDay(meeting);
  if (!meeting.startTime) return { allDay: true, start: meeting.startDate, endExclusive: addDays(last, 1) };
  const days = dailySessions(meeting);
  // Which of the two a time shown twice is (its offsets belong to the first day).
  const startOffset = meeting.startOffset === undefined ? {} : { startOffset: meeting.startOffset };
  const session = { allDay: false as const, timeZone: meeting.timeZone, start: `${meeting.startDate}T${meeting.startTime}:00`, ...startOffset };
  if (days > 1) {
    const endOffset = meeting.endOffset === undefined ? {} : { endOffset: meeting.endOffset };
    return { ...session, days, ...(meeting.endTime ? { end: `${meeting.startDate}T${meeting.endTime}:00`, ...endOffset } : {}) };
  }
  const endOffset = meeting.endOffset === undefined || last !== meeting.startDate ? {} : { endOffset: meeting.endOffset };
  return meeting.endTime ? { ...session, end: `${last}T${meeting.endTime}:00`, ...endOffset } : session;
}
