/*
 * .ics text -> the events in it, as plain values: what each VEVENT says (UID, SUMMARY,
 * LOCATION, DESCRIPTION, STATUS, SEQUENCE) and when it happens, as the app's own EventTiming.
 * Timed events keep their zone when its TZID is an IANA name or a Windows one (Outlook's
 * "Romance Standard Time", windows-zones.ts); UTC times, and zones the file only describes
 * (with its VTIMEZONE), are converted to the plan's zone; floating times are read in the
 * plan's zone. A DURATION's weeks and days are nominal (same wall clock, so many days later),
 * its hours, minutes and seconds exact (RFC 5545 3.3.6): PT3H from 00:30 on a spring-forward
 * night ends at 04:30. Parsing is ical.js's (loaded with this module, in the read worker:
 * ics-worker.ts), event by event (ics-blocks.ts): a line ical.js cannot read costs its event
 * only, which is skipped and named (SUMMARY, line). The text comes through scanIcs first, so
 * a file too large, too deep or with too many events is refused before ical.js builds
 * anything. Recurring events are skipped, never expanded, except the app's own meeting over
 * several days (ics-daily.ts). An end before the start is read as no end, with a warning for
 * the preview.
 */
import ICAL from 'ical.js';
import { addDays, isIsoDate, isTimeZone } from '../domain/dates.ts';
import type { TimeZoneId } from '../domain/types.ts';
import type { EventTiming } from './meeting-event.ts';
import { instantToWallClock } from '../domain/clock-changes.ts';
import { wallClockAsUtc, wallClockToInstant, type WallClock } from '../domain/zoned-time.ts';
import { dailyCount, dailyTiming } from './ics-daily.ts';
import { eventComponent, readCalendar, writtenLine, type CalendarZones, type ScannedIcs } from './ics-blocks.ts';
import { tooManyEvents, type EventCap } from './ics-scan.ts';
import { MAX_STRING_LENGTH } from '../plan-files/limits.ts';
import { problem, quote, type FileProblem } from '../plan-files/problems.ts';
import { counter, type OnProgress } from '../plan-files/progress.ts';
import { ianaForWindowsZone } from './windows-zones.ts';

/** Events read between two progress reports. */
const EVENTS_PER_REPORT = 500;

export type IcsEvent = {
  /** Place among the file's VEVENTs, for messages ("events[3]"). */
  index: number;
  /** Line of the file where the event begins. */
  line: number;
  uid?: string;
  summary?: string;
  location?: string;
  description?: string;
  /** CONFIRMED, TENTATIVE or CANCELLED (upper case); CONFIRMED when the event does not say. */
  status: string;
  sequence: number;
  timing: EventTiming;
  /** What the reading had to leave out (an end before the start), for the preview. */
  warning?: FileProblem;
};

export type IcsEvents = { ok: true; events: IcsEvent[]; skipped: FileProblem[] } | { ok: false; problems: FileProblem[] };

/** `offset`: the UTC offset of an instant whose wall clock in `zone` happens twice. */
type Reading = { allDay: true; date: string } | { allDay: false; wall: WallClock; zone: TimeZoneId; offset?: number };

/** The events of `scan`, a calendar scanIcs accepted with `cap`; `onProgress` counts the events read. */
export function parseIcsEvents(scan: ScannedIcs, planZone: TimeZoneId, cap: EventCap, onProgress?: OnProgress): IcsEvents {
  const zones = readCalendar(scan);
  if (!zones) return { ok: false, problems: [problem('', 'file.ics.invalid')] };
  const vevents = scan.blocks.filter((block) => block.name === 'VEVENT');
  // The scan counted every BEGIN line ical.js reads; this holds even for one it did not foresee.
  if (vevents.length > cap.max) return { ok: false, problems: [tooManyEvents(cap)] };
  const events: IcsEvent[] = [];
  const skipped: FileProblem[] = [];
  const advance = counter('checking', vevents.length, onProgress, 'events');
  vevents.forEach((block, index) => {
    const result = readBlock(scan.text.slice(block.start, block.end), index, block.line, planZone, zones);
    if ('timing' in result) events.push(result);
    else skipped.push(result);
    if ((index + 1) % EVENTS_PER_REPORT === 0) advance(EVENTS_PER_REPORT);
  });
  advance(vevents.length % EVENTS_PER_REPORT);
  return { ok: true, events, skipped };
}

/** One VEVENT's text -> the event, or the problem that skips it (with its title and line). */
function readBlock(raw: string, index: number, line: number, planZone: TimeZoneId, zones: CalendarZones): IcsEvent | FileProblem {
  const read = eventComponent(raw, index, line, zones);
  if ('path' in read) return read;
  const result = readEvent(read.vevent, index, line, planZone, zones.impossible);
  if ('timing' in result) return result;
  // A date ical.js could not make sense of is quoted as the file wrote it, not as ical.js rewrote it.
  const property = result.key === 'file.ics.dateInvalid' ? /\.(DTSTART|DTEND)$/.exec(result.path)?.[1] : undefined;
  const written = property && writtenLine(read.text, property as 'DTSTART' | 'DTEND');
  return { ...result, params: { ...result.params, ...(written ? { value: quote(written) } : {}), line } };
}

function readEvent(vevent: ICAL.Component, index: number, line: number, planZone: TimeZoneId, impossible: ReadonlySet<string>): IcsEvent | FileProblem {
  const at = `events[${index}]`;
  const text = (name: string) => {
    const value = vevent.getFirstPropertyValue(name);
    return value === null || value === undefined ? undefined : String(value);
  };
  const [uid, summary, location, description] = ['uid', 'summary', 'location', 'description'].map(text);
  const about = { summary: quote(summary ?? '') };
  if ([uid, summary, location, description].some((t) => t !== undefined && t.length > MAX_STRING_LENGTH)) {
    return problem(at, 'file.ics.tooLong', { max: MAX_STRING_LENGTH, ...about });
  }
  const daily = dailyCount(vevent); // the app's own meeting over several days
  if (daily === undefined && ['rrule', 'rdate', 'recurrence-id'].some((p) => vevent.hasProperty(p))) return problem(at, 'file.ics.recurring', about);
  const read = readTiming(vevent, at, planZone, impossible);
  if ('path' in read) return { ...read, params: { ...read.params, ...about } };
  const { endBeforeStart } = read;
  const timing = daily === undefined ? read.timing : dailyTiming(read.timing, daily);
  if (!timing) return problem(at, 'file.ics.recurring', about);
  const sequence = Number(text('sequence') ?? 0);
  const warning = endBeforeStart ? problem(`${at}.DTEND`, 'file.ics.endBeforeStart', { ...about, line }) : undefined;
  return {
    index,
    line,
    uid,
    summary,
    location,
    description,
    timing,
    ...(warning ? { warning } : {}),
    status: (text('status') ?? 'CONFIRMED').toUpperCase(),
    sequence: Number.isInteger(sequence) && sequence >= 0 ? Math.min(sequence, 1_000_000) : 0,
  };
}

type Timing = { timing: EventTiming; endBeforeStart: boolean };

function readTiming(vevent: ICAL.Component, at: string, planZone: TimeZoneId, impossible: ReadonlySet<string>): Timing | FileProblem {
  const startProp = vevent.getFirstProperty('dtstart');
  if (!startProp) return problem(`${at}.DTSTART`, 'file.ics.noStart');
  const start = readTime(startProp, `${at}.DTSTART`, planZone, impossible);
  if ('path' in start) return start;
  const end = readEnd(vevent, start, at, planZone, impossible);
  if (end && 'path' in end) return end;
  if (start.allDay) {
    const endBeforeStart = end?.allDay === true && end.date < start.date;
    const endExclusive = end?.allDay && end.date > start.date ? end.date : addDays(start.date, 1);
    return { timing: { allDay: true, start: start.date, endExclusive }, endBeforeStart };
  }
  const endAt = end && !end.allDay ? inZone(end, start.zone) : undefined;
  const startOffset = start.offset === undefined ? {} : { startOffset: start.offset };
  const endOffset = endAt?.offset === undefined ? {} : { endOffset: endAt.offset };
  // An end equal to the start is a moment (a deadline): no end, and nothing to warn of.
  const endBeforeStart = endAt !== undefined && endAt.wall < start.wall;
  return endAt && endAt.wall > start.wall
    ? { timing: { allDay: false, timeZone: start.zone, start: start.wall, end: endAt.wall, ...startOffset, ...endOffset }, endBeforeStart }
    : { timing: { allDay: false, timeZone: start.zone, start: start.wall, ...startOffset }, endBeforeStart };
}

/** DTEND, or DTSTART + DURATION; undefined when the event gives neither. */
function readEnd(vevent: ICAL.Component, start: Reading, at: string, planZone: TimeZoneId, impossible: ReadonlySet<string>): Reading | FileProblem | undefined {
  const endProp = vevent.getFirstProperty('dtend');
  if (endProp) return readTime(endProp, `${at}.DTEND`, planZone, impossible);
  const duration = vevent.getFirstPropertyValue('duration');
  if (!(duration instanceof ICAL.Duration)) return undefined;
  // RFC 5545 3.3.6: weeks and days keep the wall clock, hours to seconds are real time.
  const sign = duration.isNegative ? -1 : 1;
  const days = sign * (duration.weeks * 7 + duration.days);
  const exact = sign * (duration.hours * 3600 + duration.minutes * 60 + duration.seconds);
  if (start.allDay) return { allDay: true, date: addDays(start.date, days + Math.floor(exact / 86_400)) };
  const nominal = `${addDays(start.wall.slice(0, 10), days)}${start.wall.slice(10)}`;
  const from = wallClockToInstant(nominal, start.zone, days === 0 ? start.offset : undefined);
  return { allDay: false, zone: start.zone, ...instantToWallClock(from + exact * 1000, start.zone) };
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
  const value: unknown = (prop.jCal as unknown[])[3];
  const written = typeof value === 'string' ? value : '';
  if (!isIsoDate(written.slice(0, 10)) || time.year > 9999 || time.hour > 23 || time.minute > 59 || time.second > 60) {
    return problem(path, 'file.ics.dateInvalid', { value: quote(prop.toICALString()) });
  }
  if (time.isDate) return { allDay: true, date };
  const wall = `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(Math.min(time.second, 59))}`;
  const tzid = prop.getParameter('tzid');
  const zoneId = typeof tzid === 'string' ? tzid : undefined;
  if (time.zone === ICAL.Timezone.utcTimezone) return { allDay: false, zone: planZone, ...instantToWallClock(wallClockAsUtc(wall), planZone) };
  if (zoneId && isTimeZone(zoneId)) return { allDay: false, zone: zoneId, wall };
  // A Windows name means one IANA zone, whether or not the file describes it (and however).
  const windows = zoneId && ianaForWindowsZone(zoneId);
  if (windows) return { allDay: false, zone: windows, wall };
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
