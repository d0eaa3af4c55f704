/*
 * A time the meeting's clocks show twice (or, in a meeting stored before the rule, skip) is
 * never written as a TZID wall clock, which readers resolve an hour apart: it is written in
 * UTC, at the instant meant (the UTC offset chosen for it), the same file from every device,
 * read at that instant by ical.js on devices in several zones.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../src/lib/ical/build-calendar.ts';
import type { Meeting } from '../../../src/lib/domain/types.ts';
import { makeMeeting, makePlan } from '../factories.ts';
import { eventPropertyLines, parseIcs, withDeviceZone } from './ics-test-helpers.ts';

const EXPORT_ZONES = ['America/New_York', 'Asia/Tokyo', 'Europe/Paris'];
const READ_ZONES = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata'];
const NOW = new Date('2026-11-29T06:00:00Z');
const NY = { timeZone: 'America/New_York' };

type Case = { name: string; meeting: Partial<Meeting>; start: string; end?: string };

const CASES: Case[] = [
  {
    name: '01:30 the second time, the night clocks go back',
    start: '2011-11-06T06:30:00.000Z',
    end: '2011-11-06T07:00:00.000Z',
    meeting: { ...NY, startDate: '2011-11-06', startTime: '01:30', startOffset: -300, endTime: '02:00' },
  },
  {
    name: '01:30 the first time, ending at 01:45 the second time',
    start: '2011-11-06T05:30:00.000Z',
    end: '2011-11-06T06:45:00.000Z',
    meeting: { ...NY, startDate: '2011-11-06', startTime: '01:30', startOffset: -240, endTime: '01:45', endOffset: -300 },
  },
  {
    name: 'a stored 02:30 on the day clocks go forward (read with the offset before the gap)',
    start: '2011-03-13T07:30:00.000Z',
    meeting: { ...NY, startDate: '2011-03-13', startTime: '02:30' },
  },
  {
    name: 'an ordinary start, ending at 01:15 the first time',
    start: '2011-11-06T04:00:00.000Z',
    end: '2011-11-06T05:15:00.000Z',
    meeting: { ...NY, startDate: '2011-11-06', startTime: '00:00', endTime: '01:15', endOffset: -240 },
  },
];

function exportIn(deviceZone: string, meeting: Partial<Meeting>): string {
  return withDeviceZone(deviceZone, () => buildCalendar({ plan: makePlan(), meetings: [makeMeeting(meeting)], agendaItems: [], reminder: '15m', now: NOW }));
}

function readIn(deviceZone: string, text: string): { start: string; end?: string } {
  return withDeviceZone(deviceZone, () => {
    const event = parseIcs(text).events[0]!;
    const end = event.component.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : undefined;
    return { start: event.startDate.toJSDate().toISOString(), ...(end ? { end } : {}) };
  });
}

describe('times the clocks show twice or skip, in exports', () => {
  it.each(CASES)('$name: written in UTC at the instant meant', ({ meeting, start, end }) => {
    const texts = EXPORT_ZONES.map((zone) => exportIn(zone, meeting));
    for (const text of texts) expect(text).toBe(texts[0]);
    const text = texts[0]!;
    for (const name of ['DTSTART', 'DTEND']) {
      for (const line of eventPropertyLines(text, name)) expect(line).toMatch(new RegExp(`^${name}:\\d{8}T\\d{6}Z$`));
    }
    for (const zone of READ_ZONES) expect(readIn(zone, text), `read in ${zone}`).toEqual(end ? { start, end } : { start });
  });

  it('keeps the wall clock and its zone for a time the clocks show once', () => {
    const text = exportIn('Europe/Paris', { ...NY, startDate: '2011-11-06', startTime: '10:00', endTime: '12:00' });
    expect(eventPropertyLines(text, 'DTSTART')).toEqual(['DTSTART;TZID=America/New_York:20111106T100000']);
  });
});
