/*
 * Meetings of a plan -> the text of an .ics file (RFC 5545) that Apple, Google, Samsung,
 * Outlook and Thunderbird calendars import, and re-import as updates (stable UID, SEQUENCE).
 * ical-generator writes the syntax of each event (escaping); this module chooses what goes
 * in, folds the lines itself (linear time, same bytes: ./fold-lines.ts) and puts the file
 * together as ical-generator's calendar would, one event at a time so that a long export can
 * pause between events (`calendarSteps`, ./run-in-slices.ts). Pure apart from the clock,
 * which `now` replaces.
 */
import ical, {
  escape,
  ICalAlarmType,
  ICalEvent,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  type ICalCalendar,
  type ICalCalendarData,
  type ICalEventData,
} from 'ical-generator';
import { agendaByMeeting } from '../domain/agenda.ts';
import { sortMeetings } from '../domain/meetings.ts';
import { textIn } from '../domain/text.ts';
import type { AgendaItem, Meeting, Plan } from '../domain/types.ts';
import { icalFr, type IcalWords } from '../i18n/fr-ical.ts';
import { sessionTimes } from './daily-sessions.ts';
import type { IcalTimes } from './event-times.ts';
import { foldLines } from './fold-lines.ts';
import { meetingEvent, type MeetingEvent } from './meeting-event.ts';
import { runInSlices } from './run-in-slices.ts';
import type { Vtimezone } from './vtimezone.ts';

export type ReminderChoice = 'none' | '15m' | '1h' | '1d';

export type BuildCalendarOptions = {
  plan: Plan;
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  reminder: ReminderChoice;
  /** The app's own address, when known: each event then links to its meeting's page. */
  appBaseUrl?: string;
  now?: Date;
  /** The words of the file (status prefixes, agenda heading...); French by default. */
  words?: IcalWords;
  /** A published feed (publishing/site-feed.ts): how often readers should fetch it again, and its address. */
  feed?: CalendarFeed;
};

export type CalendarFeed = { refreshSeconds: number; source?: string };

/** Seconds before the start at which the reminder shows, for a timed meeting. */
const REMINDER_SECONDS: Record<ReminderChoice, number> = { none: 0, '15m': 15 * 60, '1h': 60 * 60, '1d': 24 * 60 * 60 };

/**
 * The same for an all-day meeting, whose start is the midnight that begins its first day:
 * "15 minutes before" would ring at 23:45 the night before. Instead, as Apple Calendar's own
 * all-day alerts do: 15 minutes or 1 hour before rings at 09:00 on the day (`TRIGGER:PT9H`),
 * 1 day before at 09:00 the day before (`-PT15H`), on the device's clock (an all-day event
 * has no zone). Negative: after the start. The reminder choice says so (ReminderSelect).
 */
const ALL_DAY_REMINDER_SECONDS: Record<ReminderChoice, number> = { none: 0, '15m': -9 * 3600, '1h': -9 * 3600, '1d': 15 * 3600 };

const END = 'END:VCALENDAR';

/** The full .ics text (CRLF line ends), in one go. Throws when there is no meeting: RFC 5545 needs one event. */
export function buildCalendar(options: BuildCalendarOptions): string {
  const steps = calendarSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same text without holding the main thread more than ~40 ms at a time (issue #7): what
 * the interface calls. `onProgress` hears how many meetings are done at each pause.
 */
export function buildCalendarInSlices(options: BuildCalendarOptions, onProgress?: (done: number) => void): Promise<string> {
  return runInSlices(calendarSteps(options), { onProgress });
}

/**
 * The same text, built step by step: the generator yields the number of meetings done after
 * each one (and 0 after each preparation step), and returns the text.
 */
export function* calendarSteps(options: BuildCalendarOptions): Generator<number, string, void> {
  if (!options.meetings.length) throw new RangeError('buildCalendar: no meeting to export');
  const words = options.words ?? icalFr;
  const now = options.now ?? new Date();
  // Grouped once: each meeting then reads its own few items, not the whole plan's (2,000 × 20,000).
  const agenda = agendaByMeeting(options.agendaItems);
  yield 0;
  const meetings = sortMeetings(options.meetings);
  yield 0;
  const calendar = ical(calendarHeader(options.plan, words, options.feed));
  const zones = new Map<string, string>();
  const events: string[] = [];
  for (const [done, meeting] of meetings.entries()) {
    const entry = eventEntry(meeting, agenda.get(meeting.id) ?? [], options, words, now);
    if (entry.vtimezone) zones.set(entry.vtimezone.tzid, entry.vtimezone.block);
    for (const data of [entry.data, ...(entry.overrides ?? [])]) events.push(foldLines(alarmForms(new ICalEvent(data, calendar).toString())));
    yield done + 1;
  }
  return assemble(calendar, zones, events);
}

/**
 * What ical-generator is told about the calendar itself. No calendar-wide zone: given a zone
 * name, it would write a non-standard `TIMEZONE-ID:` line (libical rejects it) and DTSTAMP,
 * LAST-MODIFIED in the device's local time without `Z`.
 *
 * No METHOD. The file is a snapshot of the plan's calendar, not an iTIP scheduling message:
 * without METHOD "a scheduling transaction MUST NOT be assumed" (RFC 5545 3.7.2), which is
 * what we mean. With `METHOD:PUBLISH`, RFC 5546 3.2.1 requires an ORGANIZER in every VEVENT
 * (libical's restriction check failed every file without one); the app has no address of
 * its own, and an invented organiser makes Apple Calendar and Outlook show the events as
 * invitations from that person, with reply buttons. The file is also handed over as plain
 * `text/calendar` (./hand-off.ts), and RFC 5545 3.7.2 wants METHOD and the type's `method`
 * parameter together or not at all. Calendars import a file without METHOD as events.
 */
export function calendarHeader(plan: Plan, words: IcalWords, feed?: CalendarFeed): ICalCalendarData {
  return {
    prodId: { company: 'Quorum', product: 'Quorum work plan', language: words.locale.toUpperCase() },
    method: null,
    scale: 'GREGORIAN',
    // ical-generator writes the name (NAME, X-WR-CALNAME) without escaping it.
    name: escape(textIn(plan.shortTitle, words.locale).text, false),
    timezone: null,
    // A feed says how often to fetch it again (REFRESH-INTERVAL, RFC 7986, and Outlook's
    // X-PUBLISHED-TTL) and where it lives (SOURCE).
    ...(feed ? { ttl: feed.refreshSeconds, ...(feed.source ? { source: feed.source } : {}) } : {}),
  };
}

export type EventEntry = { data: ICalEventData; vtimezone?: Vtimezone; overrides?: ICalEventData[] };

/**
 * One meeting as ical-generator's event data, with the VTIMEZONE its times refer to; a
 * meeting over several days repeats daily, with an override for a day the rule misplaces.
 */
export function eventEntry(meeting: Meeting, ownItems: readonly AgendaItem[], options: BuildCalendarOptions, words: IcalWords, now: Date): EventEntry {
  const { plan, appBaseUrl, reminder } = options;
  const event = meetingEvent({ plan, meeting, agendaItems: ownItems, words, appBaseUrl });
  const { times, daily, overrides } = sessionTimes(event.timing);
  const data = eventData(event, times, now, reminder);
  if (daily) data.repeating = { freq: ICalEventRepeatingFreq.DAILY, count: daily };
  const moved = overrides?.map((o) => ({ ...eventData(event, o.times, now, reminder), recurrenceId: o.recurrenceId }));
  return { data, ...('vtimezone' in times ? { vtimezone: times.vtimezone } : {}), ...(moved ? { overrides: moved } : {}) };
}

function eventData(event: MeetingEvent, times: IcalTimes, now: Date, reminder: ReminderChoice): ICalEventData {
  const before = (times.allDay ? ALL_DAY_REMINDER_SECONDS : REMINDER_SECONDS)[reminder];
  const rings = before !== 0 && event.status !== 'CANCELLED';
  return {
    id: event.uid,
    sequence: event.sequence,
    stamp: now,
    lastModified: new Date(event.lastModified),
    allDay: times.allDay,
    start: times.start,
    end: times.end ?? null,
    timezone: times.timezone,
    summary: event.summary,
    description: event.description ?? null,
    location: event.location ?? null,
    url: event.url ?? null,
    status: ICalEventStatus[event.status],
    alarms: rings ? [{ type: ICalAlarmType.display, trigger: before, description: event.alarmDescription }] : [],
  };
}

/**
 * Two of ical-generator's alarm forms put right, in the text of events. A trigger after the
 * start (all-day 09:00) comes out as `RELATED=END`, 09:00 after the end, unless told
 * otherwise, which its constructor ignores: no alarm of the app relates to the end, so the
 * plain form, relative to the start, is written (as Apple Calendar writes its own). A day
 * comes out as `-P1D`, which RFC 5545 makes a nominal day (the same wall clock the day
 * before) while many readers count 86,400 seconds: they differ by an hour across a DST
 * change. `-PT24H` is exact for all of them.
 */
export function alarmForms(text: string): string {
  return text.replace(/\r\nTRIGGER;RELATED=END:P/g, '\r\nTRIGGER:P').replace(/\r\nTRIGGER:-P1D\r\n/g, '\r\nTRIGGER:-PT24H\r\n');
}

/**
 * The file as ical-generator's calendar writes it (header, VTIMEZONEs in the order the events
 * first use them, events, footer), ending with CRLF as RFC 5545 3.1 asks (the library omits
 * the last one). tests/unit/ical/calendar-steps.test.ts checks it against the library's own.
 */
function assemble(calendar: ICalCalendar, zones: Map<string, string>, events: string[]): string {
  const empty = calendar.toString();
  if (!empty.endsWith(END)) throw new Error('ical-generator: unexpected calendar ending');
  const blocks = [...zones.values()].map((block) => `${block.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n').trim()}\r\n`);
  return `${empty.slice(0, -END.length)}${foldLines(blocks.join(''))}${events.join('')}${END}\r\n`;
}
