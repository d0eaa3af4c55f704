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
  escape, ICalAlarmType, ICalCalendarMethod, ICalEvent, ICalEventStatus, type ICalCalendar, type ICalCalendarData,
  type ICalEventData,
} from 'ical-generator';
import { agendaByMeeting } from '../domain/agenda.ts';
import { sortMeetings } from '../domain/meetings.ts';
import { textIn } from '../domain/text.ts';
import type { AgendaItem, Meeting, Plan } from '../domain/types.ts';
import { icalFr, type IcalWords } from '../i18n/fr-ical.ts';
import { icalTimes, type IcalTimes } from './event-times.ts';
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
};

/** Seconds before the start at which the reminder shows. */
const REMINDER_SECONDS: Record<ReminderChoice, number> = { none: 0, '15m': 15 * 60, '1h': 60 * 60, '1d': 24 * 60 * 60 };

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
  const calendar = ical(calendarHeader(options.plan, words));
  const zones = new Map<string, string>();
  const events: string[] = [];
  for (const meeting of meetings) {
    const entry = eventEntry(meeting, agenda.get(meeting.id) ?? [], options, words, now);
    if (entry.vtimezone) zones.set(entry.vtimezone.tzid, entry.vtimezone.block);
    events.push(foldLines(new ICalEvent(entry.data, calendar).toString()));
    yield events.length;
  }
  return assemble(calendar, zones, events);
}

/**
 * What ical-generator is told about the calendar itself. No calendar-wide zone: given a zone
 * name, it would write a non-standard `TIMEZONE-ID:` line (libical rejects it) and DTSTAMP,
 * LAST-MODIFIED in the device's local time without `Z`.
 */
export function calendarHeader(plan: Plan, words: IcalWords): ICalCalendarData {
  return {
    prodId: { company: 'Quorum', product: 'Quorum work plan', language: words.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // ical-generator writes the name (NAME, X-WR-CALNAME) without escaping it.
    name: escape(textIn(plan.shortTitle, words.locale).text, false),
    timezone: null,
  };
}

export type EventEntry = { data: ICalEventData; vtimezone?: Vtimezone };

/** One meeting as ical-generator's event data, with the VTIMEZONE its times refer to. */
export function eventEntry(
  meeting: Meeting, ownItems: readonly AgendaItem[], options: BuildCalendarOptions, words: IcalWords, now: Date,
): EventEntry {
  const { plan, appBaseUrl, reminder } = options;
  const event = meetingEvent({ plan, meeting, agendaItems: ownItems, words, appBaseUrl });
  const times = icalTimes(event.timing);
  const data = eventData(event, times, now, reminder);
  return 'vtimezone' in times ? { data, vtimezone: times.vtimezone } : { data };
}

function eventData(event: MeetingEvent, times: IcalTimes, now: Date, reminder: ReminderChoice): ICalEventData {
  const before = REMINDER_SECONDS[reminder];
  const rings = before > 0 && event.status !== 'CANCELLED';
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
