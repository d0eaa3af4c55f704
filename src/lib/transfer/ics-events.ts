/*
 * .ics text -> the events in it, as plain values: what each VEVENT says (UID, SUMMARY,
 * LOCATION, DESCRIPTION, STATUS, SEQUENCE) and when it happens, as the app's own EventTiming.
 * Timed events keep their zone when its TZID is an IANA name; UTC times, and zones the file
 * only describes (Outlook's "Eastern Standard Time" with its VTIMEZONE), are converted to
 * the plan's zone; floating times are read in the plan's zone. Parsing is ical.js's (loaded
 * with this module, in the read worker: ics-worker.ts); the text comes through scanIcs first
 * (ics-scan.ts), so a file too large, too deep or with too many events is refused before
 * ical.js builds anything; a VTIMEZONE whose rules cannot be real is dropped before ical.js
 * expands it (ics-zones.ts). Recurring events are skipped, never expanded, except the app's
 * own meeting over several days (ics-daily.ts).
 */
import ICAL from 'ical.js';
import { addDays, isIsoDate, isTimeZone } from '../domain/dates.ts';
import type { TimeZoneId } from '../domain/types.ts';
import type { EventTiming } from '../ical/meeting-event.ts';
import { instantToWallClock } from '../domain/clock-changes.ts';
import { offsetMinutesAt, wallClockAsUtc, wallClockToInstant, type WallClock } from '../domain/zoned-time.ts';
import { dailyCount, dailyTiming } from './ics-daily.ts';
import { tooManyEvents, type EventCap } from './ics-scan.ts';
import { dropImpossibleZones } from './ics-zones.ts';
import { MAX_STRING_LENGTH } from './limits.ts';
import { problem, quote, type FileProblem } from './problems.ts';
import { counter, type OnProgress } from './progress.ts';

/** Events read between two progress reports. */
const EVENTS_PER_REPORT = 500;

export type IcsEvent = {
  /** Place among the file's VEVENTs, for messages ("events[3]"). */
  index: number;
  uid?: string;
  summary?: string;
  location?: string;
  description?: string;
  /** CONFIRMED, TENTATIVE or CANCELLED (upper case); CONFIRMED when the event does not say. */
  status: string;
  sequence: number;
  timing: EventTiming;
};

export type IcsEvents = { ok: true; events: IcsEvent[]; skipped: FileProblem[] } | { ok: false; problems: FileProblem[] };

/** `offset`: the UTC offset of an instant whose wall clock in `zone` happens twice. */
type Reading = { allDay: true; date: string } | { allDay: false; wall: WallClock; zone: TimeZoneId; offset?: number };

/** The events of `text`, a calendar scanIcs accepted with `cap`; `onProgress` counts the events read. */
export function parseIcsEvents(text: string, planZone: TimeZoneId, cap: EventCap, onProgress?: OnProgress): IcsEvents {
  let vevents: ICAL.Component[];
  let impossible: ReadonlySet<string>;
  try {
    const jcal = ICAL.parse(text) as unknown[];
    const root = (Array.isArray(jcal[0]) ? jcal[0] : jcal) as unknown[];
    // Before ical.js builds a zone: one whose rules cannot be real would hold it for ever.
    impossible = dropImpossibleZones(root);
    vevents = new ICAL.Component(root).getAllSubcomponents('vevent');
  } catch {
    return { ok: false, problems: [problem('', 'file.ics.invalid')] };
  }
  // The scan counted the BEGIN lines ical.js reads; this holds even for one it did not foresee.
  if (vevents.length > cap.max) return { ok: false, problems: [tooManyEvents(cap)] };
  const events: IcsEvent[] = [];
  const skipped: FileProblem[] = [];
  const advance = counter('checking', vevents.length, onProgress, 'events');
  vevents.forEach((vevent, index) => {
    const result = readEvent(vevent, index, planZone, impossible);
    if ('timing' in result) events.push(result);
    else skipped.push(result);
    if ((index + 1) % EVENTS_PER_REPORT === 0) advance(EVENTS_PER_REPORT);
  });
  advance(vevents.length % EVENTS_PER_REPORT);
  return { ok: true, events, skipped };
}

function readEvent(vevent: ICAL.Component, index: number, planZone: TimeZoneId, impossible: ReadonlySet<string>): IcsEvent | FileProblem {
  const at = `events[${index}]`;
  const text = (name: string) => {
    const value = vevent.getFirstPropertyValue(name);
    return value === null || value === undefined ? undefined : String(value);
  };
  const [uid, summary, location, description] = ['uid', 'summary', 'location', 'description'].map(text);
  const about = { summary: quote(summary ?? uid ?? '') };
  if ([uid, summary, location, description].some((t) => t !== undefined && t.length > MAX_STRING_LENGTH)) {
    return problem(at, 'file.ics.tooLong', { max: MAX_STRING_LENGTH, ...about });
  }
  const daily = dailyCount(vevent); // the app's own meeting over several days
  if (daily === undefined && ['rrule', 'rdate', 'recurrence-id'].some((p) => vevent.hasProperty(p))) return problem(at, 'file.ics.recurring', about);
  const read = readTiming(vevent, at, planZone, impossible);
  if ('path' in read) return { ...read, params: { ...read.params, ...about } };
  const timing = daily === undefined ? read : dailyTiming(read, daily);
  if (!timing) return problem(at, 'file.ics.recurring', about);
  const sequence = Number(text('sequence') ?? 0);
  return {
    index, uid, summary, location, description, timing,
    status: (text('status') ?? 'CONFIRMED').toUpperCase(),
    sequence: Number.isInteger(sequence) && sequence >= 0 ? Math.min(sequence, 1_000_000) : 0,
  };
}

function readTiming(vevent: ICAL.Component, at: string, planZone: TimeZoneId, impossible: ReadonlySet<string>): EventTiming | FileProblem {
  const startProp = vevent.getFirstProperty('dtstart');
  if (!startProp) return problem(`${at}.DTSTART`, 'file.ics.noStart');
  const start = readTime(startProp, `${at}.DTSTART`, planZone, impossible);
  if ('path' in start) return start;
  const end = readEnd(vevent, start, at, planZone, impossible);
  if (end && 'path' in end) return end;
  if (start.allDay) {
    const endExclusive = end?.allDay && end.date > start.date ? end.date : addDays(start.date, 1);
    return { allDay: true, start: start.date, endExclusive };
  }
  const endAt = end && !end.allDay ? inZone(end, start.zone) : undefined;
  const startOffset = start.offset === undefined ? {} : { startOffset: start.offset };
  const endOffset = endAt?.offset === undefined ? {} : { endOffset: endAt.offset };
  return endAt && endAt.wall > start.wall
    ? { allDay: false, timeZone: start.zone, start: start.wall, end: endAt.wall, ...startOffset, ...endOffset }
    : { allDay: false, timeZone: start.zone, start: start.wall, ...startOffset };
}

/** DTEND, or DTSTART + DURATION; undefined when the event gives neither. */
function readEnd(vevent: ICAL.Component, start: Reading, at: string, planZone: TimeZoneId, impossible: ReadonlySet<string>): Reading | FileProblem | undefined {
  const endProp = vevent.getFirstProperty('dtend');
  if (endProp) return readTime(endProp, `${at}.DTEND`, planZone, impossible);
  const duration = vevent.getFirstPropertyValue('duration');
  if (!(duration instanceof ICAL.Duration)) return undefined;
  const seconds = duration.toSeconds();
  if (start.allDay) return { allDay: true, date: addDays(start.date, Math.floor(seconds / 86_400)) };
  return { allDay: false, zone: start.zone, wall: new Date(wallClockAsUtc(start.wall) + seconds * 1000).toISOString().slice(0, 19) };
}

function readTime(prop: ICAL.Property, path: string, planZone: TimeZoneId, impossible: ReadonlySet<string>): Reading | FileProblem {
  let time: ICAL.Time;
  try {
    time = prop.getFirstValue() as ICAL.Time;
  } catch {
    return problem(path, 'file.ics.dateInvalid', { value: quote(prop.toICALString()) });
  }
  if (!(time instanceof ICAL.Time)) return problem(path, 'file.ics.dateInvalid', { value: quote(String(time)) });
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  const date = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  // ical.js rolls 2011-02-30 over to 2011-03-02: check the value as written. It also rolls
  // 9999-12-31T23:59:60 into year 10000, which no date of the app can hold.
  const written = String((prop.jCal as unknown[])[3] ?? '');
  if (!isIsoDate(written.slice(0, 10)) || time.year > 9999 || time.hour > 23 || time.minute > 59 || time.second > 60) {
    return problem(path, 'file.ics.dateInvalid', { value: quote(prop.toICALString()) });
  }
  if (time.isDate) return { allDay: true, date };
  const wall = `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(Math.min(time.second, 59))}`;
  const tzid = prop.getParameter('tzid');
  const zoneId = typeof tzid === 'string' ? tzid : undefined;
  if (time.zone === ICAL.Timezone.utcTimezone) return { allDay: false, zone: planZone, ...instantToWallClock(wallClockAsUtc(wall), planZone) };
  if (zoneId && isTimeZone(zoneId)) return { allDay: false, zone: zoneId, wall };
  if (zoneId && impossible.has(zoneId)) return problem(path, 'file.ics.zoneImpossible', { value: quote(zoneId) });
  if (zoneId && time.zone && time.zone !== ICAL.Timezone.localTimezone) {
    return { allDay: false, zone: planZone, ...instantToWallClock(time.toUnixTime() * 1000, planZone) };
  }
  if (zoneId) return problem(path, 'file.ics.unknownZone', { value: quote(zoneId) });
  return { allDay: false, zone: planZone, wall };
}

/** The wall clock of a timed reading (with its offset when it happens twice), as read in `zone`. */
function inZone(reading: Extract<Reading, { allDay: false }>, zone: TimeZoneId): { wall: WallClock; offset?: number } {
  return reading.zone === zone ? reading : instantToWallClock(wallClockToInstant(reading.wall, reading.zone, reading.offset), zone);
}
