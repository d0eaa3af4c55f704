import { describe, expect, it, vi } from 'vitest';
import { buildCalendar } from '../../../src/lib/ical/build-calendar.ts';
import { icalTimes } from '../../../src/lib/ical/event-times.ts';
import { vtimezoneFor, vtimezoneOffsetAt } from '../../../src/lib/ical/vtimezone.ts';
import { offsetMinutesAt, wallClockToInstant } from '../../../src/lib/domain/zoned-time.ts';
import type { Meeting } from '../../../src/lib/domain/types.ts';
import { makeMeeting, makePlan } from '../factories.ts';
import { eventPropertyLines, parseIcs, propertyLines, withDeviceZone } from './ics-test-helpers.ts';

const EXPORT_ZONES = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Auckland', 'Europe/Paris', 'Europe/London'];
const IMPORT_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland'];
const NOW = new Date('2026-11-29T06:00:00Z');

type Case = { name: string; meeting: Partial<Meeting>; start: string; end?: string; form: 'TZID' | 'UTC' };

const CASES: Case[] = [
  {
    name: 'Washington, summer time',
    form: 'TZID',
    start: '2011-09-15T14:00:00.000Z',
    end: '2011-09-15T17:00:00.000Z',
    meeting: { startDate: '2011-09-15', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' },
  },
  {
    name: 'Washington, the Sunday clocks go back',
    form: 'TZID',
    start: '2011-11-06T15:00:00.000Z',
    end: '2011-11-06T17:00:00.000Z',
    meeting: { startDate: '2011-11-06', startTime: '10:00', endTime: '12:00', timeZone: 'America/New_York' },
  },
  {
    name: 'Paris, the Sunday clocks go back',
    form: 'TZID',
    start: '2011-10-30T09:00:00.000Z',
    end: '2011-10-30T10:30:00.000Z',
    meeting: { startDate: '2011-10-30', startTime: '10:00', endTime: '11:30', timeZone: 'Europe/Paris' },
  },
  {
    name: 'Auckland, the Sunday clocks go forward',
    form: 'TZID',
    start: '2011-09-24T20:00:00.000Z',
    meeting: { startDate: '2011-09-25', startTime: '09:00', timeZone: 'Pacific/Auckland' },
  },
  {
    name: 'Tokyo, no summer time',
    form: 'TZID',
    start: '2011-09-15T01:00:00.000Z',
    end: '2011-09-15T08:00:00.000Z',
    meeting: { startDate: '2011-09-15', startTime: '10:00', endTime: '17:00', timeZone: 'Asia/Tokyo' },
  },
  // Over two days: the first day's session, repeated (strict-readers.test.ts checks each day).
  {
    name: 'Port of Spain, over two days',
    form: 'TZID',
    start: '2011-11-17T13:00:00.000Z',
    end: '2011-11-17T22:00:00.000Z',
    meeting: { startDate: '2011-11-17', endDate: '2011-11-18', startTime: '09:00', endTime: '18:00', timeZone: 'America/Port_of_Spain' },
  },
  // São Paulo had summer time (UTC-2) in 2011; the library's block has only today's rules (UTC-3).
  {
    name: 'São Paulo before its rules changed',
    form: 'UTC',
    start: '2011-12-01T12:00:00.000Z',
    meeting: { startDate: '2011-12-01', startTime: '10:00', timeZone: 'America/Sao_Paulo' },
  },
  { name: 'a meeting set in UTC', form: 'UTC', start: '2011-09-15T10:00:00.000Z', meeting: { startDate: '2011-09-15', startTime: '10:00', timeZone: 'UTC' } },
];

function exportIn(deviceZone: string, meeting: Partial<Meeting>, now = NOW): string {
  return withDeviceZone(deviceZone, () => buildCalendar({ plan: makePlan(), meetings: [makeMeeting(meeting)], agendaItems: [], reminder: '15m', now }));
}

function instantsIn(deviceZone: string, text: string): { start: string; end?: string; tzid?: string } {
  return withDeviceZone(deviceZone, () => {
    const event = parseIcs(text).events[0];
    if (!event) throw new Error('no event');
    const end = event.component.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : undefined;
    return { start: event.startDate.toJSDate().toISOString(), end, tzid: event.startDate.zone?.tzid };
  });
}

describe('timed meetings land at the same instant on every device', () => {
  it('really changes the device zone at runtime (TZ)', () => {
    expect(withDeviceZone('Asia/Tokyo', () => new Date(2011, 0, 1).getTimezoneOffset())).toBe(-540);
    expect(withDeviceZone('America/New_York', () => new Date(2011, 0, 1).getTimezoneOffset())).toBe(300);
  });

  it.each(CASES)('$name', ({ meeting, start, end, form }) => {
    const texts = EXPORT_ZONES.map((zone) => exportIn(zone, meeting));
    for (const text of texts) expect(text).toBe(texts[0]);
    const text = texts[0] ?? '';
    const dtstart = eventPropertyLines(text, 'DTSTART')[0] ?? '';
    if (form === 'TZID') {
      expect(dtstart).toMatch(new RegExp(`^DTSTART;TZID=${meeting.timeZone}:\\d{8}T\\d{6}$`));
      expect(propertyLines(text, 'TZID')).toEqual([`TZID:${meeting.timeZone}`]);
    } else {
      expect(dtstart).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
      expect(text).not.toContain('BEGIN:VTIMEZONE');
    }
    for (const zone of IMPORT_ZONES) {
      expect(instantsIn(zone, text), `imported in ${zone}`).toMatchObject({ start, end });
    }
  });

  it('never writes a floating time', () => {
    for (const { meeting } of CASES) {
      for (const line of eventPropertyLines(exportIn('Europe/Paris', meeting), 'DTSTART')) {
        expect(line).toMatch(/^DTSTART(;TZID=[^:;]+:\d{8}T\d{6}|:\d{8}T\d{6}Z)$/);
      }
    }
  });

  it('writes UTC when the exporting device skips that wall clock (its own DST gap)', () => {
    // 02:30 on 2011-03-13 exists in Tokyo but not on a New York device (clocks jump 02:00 -> 03:00).
    const meeting = { startDate: '2011-03-13', startTime: '02:30', timeZone: 'Asia/Tokyo' };
    const fromNewYork = exportIn('America/New_York', meeting);
    expect(eventPropertyLines(fromNewYork, 'DTSTART')).toEqual(['DTSTART:20110312T173000Z']);
    expect(eventPropertyLines(exportIn('Asia/Tokyo', meeting), 'DTSTART')).toEqual(['DTSTART;TZID=Asia/Tokyo:20110313T023000']);
    for (const zone of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
      expect(instantsIn('UTC', exportIn(zone, meeting)).start).toBe('2011-03-12T17:30:00.000Z');
    }
  });

  it('stamps the export in UTC from a Paris device during the hour that happens twice', () => {
    const now = new Date('2011-10-30T00:30:00Z'); // 02:30 CEST, an hour before 02:30 CET
    const text = exportIn('Europe/Paris', CASES[0]?.meeting ?? {}, now);
    expect(eventPropertyLines(text, 'DTSTAMP')).toEqual(['DTSTAMP:20111030T003000Z']);
    expect(instantsIn('America/Los_Angeles', text).start).toBe('2011-09-15T14:00:00.000Z');
  });
});

describe('all-day meetings cover their days on every device', () => {
  it.each(EXPORT_ZONES)('one day and two days, exported in %s', (zone) => {
    const one = exportIn(zone, { startDate: '2011-09-15' });
    expect(eventPropertyLines(one, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20110915']);
    expect(eventPropertyLines(one, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20110916']);
    const two = exportIn(zone, { startDate: '2011-11-17', endDate: '2011-11-18' });
    expect(eventPropertyLines(two, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20111117']);
    expect(eventPropertyLines(two, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20111119']);
    const event = withDeviceZone('Pacific/Auckland', () => parseIcs(two).events[0]);
    expect([event?.startDate.isDate, event?.startDate.toString(), event?.endDate.toString()]).toEqual([true, '2011-11-17', '2011-11-19']);
    expect(two).not.toContain('VTIMEZONE');
  });
});

describe('wall clock -> instant (runtime database, RFC 5545 rules)', () => {
  const at = (wall: string, zone: string) => new Date(wallClockToInstant(wall, zone)).toISOString();

  it('reads ordinary, doubled and skipped times as RFC 5545 says', () => {
    expect(at('2011-09-15T10:00:00', 'America/New_York')).toBe('2011-09-15T14:00:00.000Z');
    expect(at('2011-11-06T01:30:00', 'America/New_York')).toBe('2011-11-06T05:30:00.000Z'); // first 01:30 (EDT)
    expect(at('2011-03-13T02:30:00', 'America/New_York')).toBe('2011-03-13T07:30:00.000Z'); // offset before the gap
    expect(at('2011-09-15T10:00:00', 'Asia/Kolkata')).toBe('2011-09-15T04:30:00.000Z');
  });

  it('is the same on every device', () => {
    for (const zone of EXPORT_ZONES) {
      expect(withDeviceZone(zone, () => at('2011-10-30T02:30:00', 'Europe/Paris'))).toBe('2011-10-30T00:30:00.000Z');
    }
  });

  it('keeps each zone’s remembered offsets apart, over many instants', () => {
    const instants = Array.from({ length: 600 }, (_, i) => Date.UTC(2011, 0, 1) + i * 14.5 * 3_600_000);
    const read = () => instants.flatMap((t) => [offsetMinutesAt(t, 'Europe/Paris'), offsetMinutesAt(t, 'America/New_York')]);
    const first = read();
    expect(read()).toEqual(first);
    expect(offsetMinutesAt(Date.UTC(2011, 6, 1), 'Europe/Paris')).toBe(120);
    expect(offsetMinutesAt(Date.UTC(2011, 6, 1), 'America/New_York')).toBe(-240);
    expect(offsetMinutesAt(Date.UTC(2011, 0, 1), 'America/New_York')).toBe(-300);
    expect(new Set(first)).toEqual(new Set([60, 120, -300, -240]));
  });

  it('rejects a malformed wall clock', () => {
    expect(() => wallClockToInstant('2011-09-15T10:00', 'America/New_York')).toThrow(RangeError);
  });
});

describe('VTIMEZONE blocks', () => {
  const ZONES = [
    'America/New_York',
    'America/Chicago',
    'America/Santiago',
    'America/Havana',
    'Europe/Paris',
    'Europe/London',
    'Pacific/Auckland',
    'Australia/Sydney',
    'Asia/Tokyo',
    'Asia/Kolkata',
    'America/Port_of_Spain',
    'America/Mexico_City',
  ];

  it('say what the runtime database says, every day of 2026', () => {
    for (const zone of ZONES) {
      const block = vtimezoneFor(zone)?.block ?? '';
      for (let t = Date.UTC(2026, 0, 1, 12); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
        expect(vtimezoneOffsetAt(block, t), `${zone} ${new Date(t).toISOString()}`).toBe(offsetMinutesAt(t, zone));
      }
    }
  });

  it('switch at the exact instant of a change', () => {
    const block = vtimezoneFor('America/New_York')?.block ?? '';
    expect(vtimezoneOffsetAt(block, Date.UTC(2026, 2, 8, 6, 59))).toBe(-300);
    expect(vtimezoneOffsetAt(block, Date.UTC(2026, 2, 8, 7, 0))).toBe(-240);
    expect(vtimezoneOffsetAt(block, Date.UTC(2026, 10, 1, 5, 59))).toBe(-240);
    expect(vtimezoneOffsetAt(block, Date.UTC(2026, 10, 1, 6, 0))).toBe(-300);
  });

  it('are not trusted where the zone has changed its rules since', () => {
    const t = Date.UTC(2011, 11, 1, 12);
    expect(vtimezoneOffsetAt(vtimezoneFor('America/Sao_Paulo')?.block ?? '', t)).toBe(-180);
    expect(offsetMinutesAt(t, 'America/Sao_Paulo')).toBe(-120);
    expect(icalTimes({ allDay: false, timeZone: 'America/Sao_Paulo', start: '2011-12-01T10:00:00' }).timezone).toBeNull();
  });

  it('keep the name of an alias (with its canonical zone rules) and stay quiet about unknown zones', () => {
    const accra = vtimezoneFor('Africa/Accra');
    expect(accra?.tzid).toBe('Africa/Accra');
    expect(accra?.block.split('\r\n').filter((l) => /^(TZID|X-LIC-LOCATION):/.test(l))).toEqual(['TZID:Africa/Accra', 'X-LIC-LOCATION:Africa/Accra']);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(vtimezoneFor('Mars/Olympus_Mons')).toBeUndefined();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
