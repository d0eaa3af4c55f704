/*
 * Meetings of a plan -> the text of an .ics file (RFC 5545) that Apple, Google, Samsung,
 * Outlook and Thunderbird calendars import, and re-import as updates (stable UID, SEQUENCE).
 * ical-generator writes the syntax (escaping, folding at 75 octets on whole UTF-8 characters);
 * this module chooses what goes in and mends the few places where the library strays from the
 * RFC (see `calendarZones` and `finish`). Pure apart from the clock, which `now` replaces.
 */
import ical, { escape, ICalAlarmType, ICalCalendarMethod, ICalEventStatus, type ICalEventData, type ICalTimezone } from 'ical-generator';
import { agendaByMeeting } from '../domain/agenda.ts';
import { sortMeetings } from '../domain/meetings.ts';
import { textIn } from '../domain/text.ts';
import type { AgendaItem, Meeting, Plan } from '../domain/types.ts';
import { icalFr, type IcalWords } from '../i18n/fr-ical.ts';
import { icalTimes, type IcalTimes } from './event-times.ts';
import { meetingEvent, type MeetingEvent } from './meeting-event.ts';

export type ReminderChoice = 'none' | '15m' | '1h' | '1d';

export type BuildCalendarOptions = {
  plan: Plan;
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  reminder: ReminderChoice;
  /** The app's own address, when known: each event then links to its meeting's page. */
  appBaseUrl?: string;
  now?: Date;
  words?: IcalWords;
};

/** Seconds before the start at which the reminder shows. */
const REMINDER_SECONDS: Record<ReminderChoice, number> = { none: 0, '15m': 15 * 60, '1h': 60 * 60, '1d': 24 * 60 * 60 };

/** The full .ics text (CRLF line ends). Throws when there is no meeting: RFC 5545 needs one event. */
export function buildCalendar(options: BuildCalendarOptions): string {
  const { plan, agendaItems, reminder, appBaseUrl } = options;
  const words = options.words ?? icalFr;
  const now = options.now ?? new Date();
  if (!options.meetings.length) throw new RangeError('buildCalendar: no meeting to export');
  const blocks = new Map<string, string>();
  // Grouped once: each meeting then reads its own few items, not the whole plan's (2,000 × 20,000).
  const agenda = agendaByMeeting(agendaItems);
  const events = sortMeetings(options.meetings).map((meeting) => {
    const event = meetingEvent({ plan, meeting, agendaItems: agenda.get(meeting.id) ?? [], words, appBaseUrl });
    const times = icalTimes(event.timing);
    if ('vtimezone' in times) blocks.set(times.vtimezone.tzid, times.vtimezone.block);
    return eventData(event, times, now, reminder);
  });
  const calendar = ical({
    prodId: { company: 'Quorum', product: 'Quorum work plan', language: words.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // ical-generator writes the name (NAME, X-WR-CALNAME) without escaping it.
    name: escape(textIn(plan.shortTitle, words.locale).text, false),
    timezone: calendarZones(blocks),
    events,
  });
  return finish(calendar.toString());
}

/**
 * VTIMEZONE blocks for the events' own zones, and no calendar-wide zone: given a zone name,
 * ical-generator would write a non-standard `TIMEZONE-ID:` line (libical rejects it) and
 * DTSTAMP, LAST-MODIFIED in the device's local time without `Z`.
 */
function calendarZones(blocks: Map<string, string>): ICalTimezone {
  return { name: null, generator: (tzid) => blocks.get(tzid) ?? null };
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

/** RFC 5545 3.1: every content line ends with CRLF, the last one too (ical-generator omits it). */
function finish(text: string): string {
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
