// @vitest-environment node
/*
 * Every kind of .ics export, read by two strict readers independent of the app and of each
 * other (tests/readers/check-ics.py): Debian's libical, with its iTIP restriction check, and
 * python3-icalendar; ical.js too. Each must accept the file without an error, and compute the
 * same instants as the app itself (src/lib/domain/zoned-time.ts) for every session and every
 * alarm, whatever zone the exporting device is in. `npm test` installs the readers
 * (scripts/test-deps.mjs); without them this test fails, it never skips.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/domain/dates.ts';
import { changedSinceExport, exportFingerprint } from '../../../src/lib/domain/export-state.ts';
import { lastDay } from '../../../src/lib/domain/meetings.ts';
import type { IcalExportRecord, Meeting } from '../../../src/lib/domain/types.ts';
import { meetingInstants, meetingSessions } from '../../../src/lib/domain/zoned-time.ts';
import { buildCalendar, type ReminderChoice } from '../../../src/lib/ical/build-calendar.ts';
import { meetingUid } from '../../../src/lib/ical/meeting-event.ts';
import { makeAgendaItem, makeMeeting, makePlan } from '../factories.ts';
import { eventBlocks, parseIcs, withDeviceZone } from './ics-test-helpers.ts';
import { readStrictly, type Occurrence, type Reading } from './strict-reader.ts';

const NOW = new Date('2026-11-29T06:00:00Z');
const DEVICE_ZONES = ['America/Los_Angeles', 'Asia/Tokyo'];

const plan = makePlan();
const meeting = (id: string, fields: Partial<Meeting>) => makeMeeting({ id, planId: plan.id, ...fields });

/** One of each kind of time the app can export. */
const MEETINGS: Meeting[] = [
  meeting('new-york', { startDate: '2011-09-15', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' }),
  meeting('paris', { startDate: '2011-10-30', startTime: '10:00', endTime: '11:30', timeZone: 'Europe/Paris' }),
  meeting('kolkata', { startDate: '2011-09-20', startTime: '09:30', endTime: '17:00', timeZone: 'Asia/Kolkata' }),
  meeting('utc', { startDate: '2011-09-21', startTime: '08:00', endTime: '09:00', timeZone: 'UTC' }),
  meeting('no-end', { startDate: '2011-09-22', startTime: '15:00', timeZone: 'America/New_York' }),
  meeting('all-day', { startDate: '2011-09-23' }),
  meeting('all-days', { startDate: '2011-11-17', endDate: '2011-11-18' }),
  meeting('cancelled', { startDate: '2011-09-26', startTime: '10:00', endTime: '12:00', status: 'cancelled' }),
  meeting('postponed', { startDate: '2011-09-27', status: 'postponed' }),
  // Over several days: the same session each day, across DST changes between the days.
  meeting('days-new-york', { startDate: '2011-11-05', endDate: '2011-11-07', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' }),
  meeting('days-lord-howe', { startDate: '2011-10-01', endDate: '2011-10-02', startTime: '10:00', endTime: '12:00', timeZone: 'Australia/Lord_Howe' }),
  meeting('days-no-end', { startDate: '2011-10-29', endDate: '2011-10-30', startTime: '09:00', timeZone: 'Europe/Paris' }),
  meeting('overnight', { startDate: '2011-11-17', endDate: '2011-11-18', startTime: '18:00', endTime: '10:00', timeZone: 'Europe/Paris' }),
  // São Paulo's VTIMEZONE has today's rules (no summer time): 2011 is written in UTC. Both
  // days in summer time: exactly 24 h apart; on the day it began (16 October): not.
  meeting('days-sao-paulo', { startDate: '2011-12-01', endDate: '2011-12-02', startTime: '10:00', endTime: '12:00', timeZone: 'America/Sao_Paulo' }),
  meeting('days-sao-paulo-change', { startDate: '2011-10-15', endDate: '2011-10-16', startTime: '10:00', endTime: '12:00', timeZone: 'America/Sao_Paulo' }),
  // Clock changes (issue 12, point 2): 01:30 happens twice in New York on 6 November 2011,
  // 02:30 never on 13 March. Written in UTC at the instant meant (its chosen offset).
  meeting('twice-first', { startDate: '2011-11-06', startTime: '01:30', endTime: '03:00', startOffset: -240, timeZone: 'America/New_York' }),
  meeting('twice-second', { startDate: '2011-11-06', startTime: '01:30', endTime: '03:00', startOffset: -300, timeZone: 'America/New_York' }),
  meeting('twice-days', {
    startDate: '2011-11-06',
    endDate: '2011-11-07',
    startTime: '01:30',
    endTime: '04:00',
    startOffset: -300,
    timeZone: 'America/New_York',
  }),
  // Stored before the rule existed (the form refuses it now): still one instant in every reader.
  meeting('skipped-old', { startDate: '2011-03-13', startTime: '02:30', endTime: '04:00', timeZone: 'America/New_York' }),
];
const AGENDA = [makeAgendaItem({ id: 'item-1', planId: plan.id, meetingId: 'new-york', order: 1 })];
const REMINDERS: ReminderChoice[] = ['none', '15m', '1h', '1d'];

type Export = { name: string; zone: string; meetings: Meeting[]; reminder: ReminderChoice; text: string };

/** The exports the calendar screen makes (export-flow.ts): one meeting, all, a selection, changed only. */
function exportsIn(zone: string): Export[] {
  const make = (name: string, meetings: Meeting[], reminder: ReminderChoice): Export => ({
    name: `${name}, ${reminder}, device in ${zone}`,
    zone,
    meetings,
    reminder,
    text: withDeviceZone(zone, () => buildCalendar({ plan, meetings, agendaItems: AGENDA, reminder, now: NOW })),
  });
  // "Changed since my last export": all were exported, then two were edited.
  const records: IcalExportRecord[] = MEETINGS.map((m) => ({
    planId: plan.id,
    meetingId: m.id,
    sequence: m.sequence,
    updatedAt: m.updatedAt,
    exportedAt: NOW.toISOString(),
    fingerprint: exportFingerprint(m, AGENDA),
  }));
  const edited = MEETINGS.map((m) => (m.id === 'paris' || m.id === 'all-days' ? { ...m, sequence: 1, updatedAt: NOW.toISOString() } : m));
  const changed = changedSinceExport(edited, records, AGENDA);
  if (changed.length !== 2) throw new Error('the changed-only export should hold the two edited meetings');
  return [
    ...REMINDERS.map((reminder) => make('all meetings', MEETINGS, reminder)),
    make(
      'a selection',
      MEETINGS.filter((_, i) => i % 3 === 0),
      '1h',
    ),
    make('changed only', changed, '15m'),
    ...MEETINGS.map((m, i) => make(`one meeting (${m.id})`, [m], REMINDERS[i % REMINDERS.length]!)),
  ];
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Each session as the app itself computes it: UTC instants, or days for an all-day meeting. */
function appOccurrences(m: Meeting): Occurrence[] {
  const sessions = meetingSessions(m);
  if (!sessions) return [{ start: m.startDate, end: addDays(lastDay(m), 1) }];
  expect(sessions[0]).toEqual(meetingInstants(m));
  return sessions.map((s) => ({ start: iso(s.start), end: s.end === undefined ? null : iso(s.end) }));
}

const BEFORE: Record<ReminderChoice, number> = { none: 0, '15m': 15 * 60_000, '1h': 3_600_000, '1d': 86_400_000 };

/**
 * When the alarm rings, as the app means it: before the first session of a timed meeting; for
 * an all-day one, 09:00 on the device's clock, the same day (15 min, 1 h) or the day before (1 day).
 */
function appAlarms(m: Meeting, reminder: ReminderChoice): string[] {
  if (reminder === 'none' || m.status === 'cancelled') return [];
  const first = meetingInstants(m);
  if (!first) return [`${reminder === '1d' ? addDays(m.startDate, -1) : m.startDate}T09:00:00`];
  return [iso(first.start - BEFORE[reminder])];
}

/** Occurrences of each event as ical.js expands them (RRULE and overrides), with the file's VTIMEZONEs. */
function icalJsOccurrences(text: string): Map<string, Occurrence[]> {
  const events = parseIcs(text).events;
  const found = new Map<string, Occurrence[]>();
  for (const event of events.filter((e) => !e.isRecurrenceException())) {
    for (const exception of events.filter((e) => e.isRecurrenceException() && e.uid === event.uid)) event.relateException(exception);
    const hasEnd = event.component.hasProperty('dtend');
    const list: Occurrence[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && list.length <= 400; next = iterator.next()) {
      const { startDate, endDate } = event.getOccurrenceDetails(next);
      if (startDate.isDate) list.push({ start: startDate.toString(), end: endDate.toString() });
      else list.push({ start: iso(startDate.toJSDate().getTime()), end: hasEnd ? iso(endDate.toJSDate().getTime()) : null });
    }
    found.set(event.uid, list);
  }
  return found;
}

let exports: Export[] = [];
let readings: Reading[] = [];

beforeAll(() => {
  exports = DEVICE_ZONES.flatMap(exportsIn);
  readings = readStrictly(exports.map((e) => e.text));
});

describe('strict readers accept every kind of export', () => {
  it('exports every kind the calendar screen makes, in two device zones', () => {
    expect(exports.length).toBe(DEVICE_ZONES.length * (REMINDERS.length + 2 + MEETINGS.length));
    expect(new Set(exports.map((e) => e.zone))).toEqual(new Set(DEVICE_ZONES));
  });

  it('passes libical’s parse and iTIP restriction check, and python-icalendar’s parse, with no error', () => {
    exports.forEach((e, i) => {
      const reading = readings[i]!;
      expect(reading.libical.errors, e.name).toEqual([]);
      expect(reading.icalendar.errors, e.name).toEqual([]);
      expect(reading.libical.method, e.name).toBeNull();
    });
  });
});

describe('each reader computes the instants the app computes', () => {
  it('for every session of every meeting, zoned, UTC, all-day and over several days', () => {
    exports.forEach((e, i) => {
      const reading = readings[i]!;
      const icalJs = withDeviceZone(e.zone, () => icalJsOccurrences(e.text));
      expect(reading.libical.events.map((r) => r.uid).sort(), e.name).toEqual(e.meetings.map((m) => meetingUid(plan.id, m.id)).sort());
      for (const m of e.meetings) {
        const uid = meetingUid(plan.id, m.id);
        const expected = appOccurrences(m);
        const label = `${e.name}: ${m.id}`;
        expect(reading.libical.events.find((r) => r.uid === uid)?.occurrences, `${label} (libical)`).toEqual(expected);
        expect(reading.icalendar.events.find((r) => r.uid === uid)?.occurrences, `${label} (python-icalendar)`).toEqual(expected);
        expect(icalJs.get(uid), `${label} (ical.js)`).toEqual(expected);
      }
    });
  });

  it('for every alarm: before a timed session, at 09:00 for an all-day meeting, never for a cancelled one', () => {
    exports.forEach((e, i) => {
      const reading = readings[i]!;
      for (const m of e.meetings) {
        const uid = meetingUid(plan.id, m.id);
        const expected = appAlarms(m, e.reminder);
        const label = `${e.name}: ${m.id}`;
        expect(
          reading.libical.events.find((r) => r.uid === uid)?.alarms.map((a) => a.at),
          `${label} (libical)`,
        ).toEqual(expected);
        expect(
          reading.icalendar.events.find((r) => r.uid === uid)?.alarms.map((a) => a.at),
          `${label} (python-icalendar)`,
        ).toEqual(expected);
      }
    });
  });

  it('reads the zones from the file’s own VTIMEZONE blocks (libical names a built-in zone otherwise)', () => {
    const all = exports.findIndex((e) => e.name.startsWith('all meetings'));
    const events = readings[all]!.libical.events;
    const tzidOf = (id: string) => events.find((r) => r.uid === meetingUid(plan.id, id))?.tzid;
    expect(tzidOf('new-york')).toBe('America/New_York');
    expect(tzidOf('days-lord-howe')).toBe('Australia/Lord_Howe');
    expect(tzidOf('kolkata')).toBe('Asia/Kolkata');
    expect(tzidOf('days-sao-paulo')).toBe('UTC'); // written in UTC
  });
});

describe('what the file says for meetings over several days and all-day reminders', () => {
  const text = withDeviceZone('Europe/Paris', () => buildCalendar({ plan, meetings: MEETINGS, agendaItems: [], reminder: '15m', now: NOW }));
  const block = (id: string) => eventBlocks(text).find((lines) => lines.includes(`UID:${meetingUid(plan.id, id)}`)) ?? [];
  const lines = (id: string, name: string) => block(id).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

  it('one event repeated daily, with the first day’s times, so that one UID covers every day', () => {
    expect(lines('days-new-york', 'DTSTART')).toEqual(['DTSTART;TZID=America/New_York:20111105T100000']);
    expect(lines('days-new-york', 'DTEND')).toEqual(['DTEND;TZID=America/New_York:20111105T130000']);
    expect(lines('days-new-york', 'RRULE')).toEqual(['RRULE:FREQ=DAILY;COUNT=3']);
    expect(lines('days-no-end', 'DTEND')).toEqual([]);
    expect(lines('days-sao-paulo', 'DTSTART')).toEqual(['DTSTART:20111201T120000Z']);
    expect(lines('days-sao-paulo', 'RRULE')).toEqual(['RRULE:FREQ=DAILY;COUNT=2']);
    // 23 hours between the two sessions: the rule's second day, an hour late, is overridden.
    const changing = eventBlocks(text).filter((l) => l.includes(`UID:${meetingUid(plan.id, 'days-sao-paulo-change')}`));
    expect(changing.map((l) => l.filter((line) => /^(DTSTART|DTEND|RRULE|RECURRENCE-ID)[:;]/.test(line)))).toEqual([
      ['DTSTART:20111015T130000Z', 'DTEND:20111015T150000Z', 'RRULE:FREQ=DAILY;COUNT=2'],
      ['DTSTART:20111016T120000Z', 'DTEND:20111016T140000Z', 'RECURRENCE-ID:20111016T130000Z'],
    ]);
    for (const id of ['new-york', 'all-days', 'overnight']) expect(lines(id, 'RRULE'), id).toEqual([]);
    expect(lines('all-days', 'DTEND')).toEqual(['DTEND;VALUE=DATE:20111119']);
  });

  it('rings an all-day meeting at 09:00 on the day, or the day before at 09:00, never at 23:45', () => {
    const trigger = (reminder: ReminderChoice) => {
      const file = buildCalendar({ plan, meetings: [MEETINGS[5]!], agendaItems: [], reminder, now: NOW });
      return eventBlocks(file)
        .flat()
        .filter((l) => l.startsWith('TRIGGER'));
    };
    expect(trigger('15m')).toEqual(['TRIGGER:PT9H']);
    expect(trigger('1h')).toEqual(['TRIGGER:PT9H']);
    expect(trigger('1d')).toEqual(['TRIGGER:-PT15H']);
    expect(trigger('none')).toEqual([]);
    expect(lines('new-york', 'TRIGGER')).toEqual(['TRIGGER:-PT15M']);
    // A timed meeting's "1 day before" is 24 exact hours (-P1D is placed differently by readers).
    const dayBefore = buildCalendar({ plan, meetings: [MEETINGS[1]!], agendaItems: [], reminder: '1d', now: NOW });
    expect(
      eventBlocks(dayBefore)
        .flat()
        .filter((l) => l.startsWith('TRIGGER')),
    ).toEqual(['TRIGGER:-PT24H']);
    const allDay = parseIcs(text).events.find((e) => e.uid === meetingUid(plan.id, 'all-day'));
    const alarm = allDay?.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
    expect(alarm instanceof ICAL.Duration ? alarm.toSeconds() : undefined).toBe(9 * 3600);
  });
});
