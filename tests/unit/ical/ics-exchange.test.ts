/*
 * Real-world calendars: an Exchange export with one malformed DTSTART and other quirks is
 * read event by event (the bad event is skipped and named by its title and line, the rest
 * imported), durations are exact for hours and nominal for days, and an end before the start
 * is reported on its meeting.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import type { Meeting } from '../../../src/lib/domain/types.ts';
import { readIcsFile, type IcsReadResult } from '../../../src/lib/ical/ics-import.ts';
import { ianaForWindowsZone } from '../../../src/lib/ical/windows-zones.ts';
import { seededDb, T2 } from '../db/db-helpers.ts';
import { calendarText, exchangeCalendar } from './ics-files.ts';

const PLAN = mispaIII.plan.id;

function ok(result: IcsReadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

async function imported(text: string) {
  const db = await seededDb();
  const result = ok(await readIcsFile(text, (await loadPlanBundle(db, PLAN))!, T2));
  const added = result.file.plans[0]!.bundle.meetings.filter((m) => result.meetingIds.includes(m.id));
  return { result, byTitle: new Map<string | undefined, Meeting>(added.map((m) => [m.title?.text, m])) };
}

/** The line (from 1) of each BEGIN:VEVENT of a calendar written without folds. */
function eventLines(text: string): number[] {
  return text.split('\r\n').flatMap((line, i) => (line === 'BEGIN:VEVENT' ? [i + 1] : []));
}

describe('an Exchange export with one malformed DTSTART', () => {
  const text = exchangeCalendar();
  const lines = eventLines(text);

  it('imports every readable event, with Windows zone names read as their IANA zones', async () => {
    const { result, byTitle } = await imported(text);
    expect(result.meetingIds).toHaveLength(4);
    expect(byTitle.get('Budget review')).toMatchObject({
      startDate: '2011-09-14',
      startTime: '09:00',
      endTime: '10:30',
      timeZone: 'America/Los_Angeles',
      place: { text: 'Room 4' },
    });
    expect(byTitle.get('Réunion à Paris')).toMatchObject({ startDate: '2011-10-05', startTime: '09:30', endTime: '12:30', timeZone: 'Europe/Paris' });
    // No VTIMEZONE for it in the file: the Windows name alone says which zone.
    expect(byTitle.get('Washington briefing')).toMatchObject({ startTime: '14:00', endTime: '16:00', timeZone: 'America/New_York', status: 'cancelled' });
    // DTSTART;TZID="America/New_York:20110915T100000": the quote took in the value.
    expect(byTitle.get('New York consultations')).toMatchObject({
      startDate: '2011-09-15',
      startTime: '10:00',
      endTime: '11:30',
      timeZone: 'America/New_York',
    });
  });

  it('skips the bad events only, each named by its SUMMARY and the line where it begins, with the reason', async () => {
    const { result } = await imported(text);
    expect(result.skipped).toEqual([
      {
        path: 'events[1].DTSTART',
        key: 'file.ics.dateInvalid',
        params: { summary: 'Planning call', line: lines[1], value: 'DTSTART;TZID=Pacific Standard Time:2011091X' },
      },
      { path: 'events[5].DTSTART', key: 'file.ics.unknownZone', params: { summary: 'Atlantis', line: lines[5], value: 'Atlantis Standard Time' } },
      { path: 'events[6]', key: 'file.ics.lineUnreadable', params: { summary: '', line: lines[6], value: 'DTEND;TZID="Pacific Standard Time' } },
    ]);
  });

  it('still refuses a calendar whose only event cannot be read, with that event named', async () => {
    const db = await seededDb();
    const only = calendarText([['UID:a@b', 'SUMMARY:Seule', 'DTSTART;TZID="Pacific Standard Time:2011091X']]);
    const result = await readIcsFile(only, (await loadPlanBundle(db, PLAN))!, T2);
    expect(result).toMatchObject({ ok: false, problems: [{ key: 'file.ics.lineUnreadable', params: { summary: 'Seule', line: 4 } }] });
    const notCalendar = await readIcsFile(
      'BEGIN:VCALENDAR\r\nthis is not a property\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      (await loadPlanBundle(db, PLAN))!,
      T2,
    );
    expect(notCalendar).toEqual({ ok: false, problems: [{ path: '', key: 'file.ics.invalid' }] });
  });

  it('maps the Windows names of CLDR’s table, whatever their case, and nothing else', () => {
    expect(ianaForWindowsZone('Romance Standard Time')).toBe('Europe/Paris');
    expect(ianaForWindowsZone('eastern standard time')).toBe('America/New_York');
    expect(ianaForWindowsZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaForWindowsZone('Atlantis Standard Time')).toBeUndefined();
  });
});

describe('an event’s DESCRIPTION', () => {
  it('becomes the notes of a meeting from another application, kept as written; an empty one gives none', async () => {
    const { byTitle } = await imported(
      calendarText([
        ['UID:n1@example.org', 'SUMMARY:Avec notes', 'DTSTART;VALUE=DATE:20111020', 'DESCRIPTION:Ordre du jour provisoire\\nInterprétation : fr\\, en'],
        ['UID:n2@example.org', 'SUMMARY:Sans notes', 'DTSTART;VALUE=DATE:20111021', 'DESCRIPTION:\\n'],
      ]),
    );
    expect(byTitle.get('Avec notes')?.notes).toEqual({ lang: mispaIII.plan.language, text: 'Ordre du jour provisoire\nInterprétation : fr, en' });
    expect(byTitle.get('Sans notes')).not.toHaveProperty('notes');
  });
});

describe('durations and ends', () => {
  const event = (uid: string, ...lines: string[]) => [`UID:${uid}@example.org`, `SUMMARY:${uid}`, ...lines];

  it('reads DURATION hours as real time across a DST change, and days as calendar days (RFC 5545 3.3.6)', async () => {
    const { byTitle } = await imported(
      calendarText([
        event('spring', 'DTSTART;TZID=America/New_York:20110313T003000', 'DURATION:PT3H'),
        event('day', 'DTSTART;TZID=America/New_York:20110312T100000', 'DURATION:P1D'),
        event('hours', 'DTSTART;TZID=America/New_York:20110312T100000', 'DURATION:PT24H'),
        event('autumn', 'DTSTART;TZID=Europe/Paris:20111030T010000', 'DURATION:PT3H'),
      ]),
    );
    // 00:30 EST + 3 h = 04:30 EDT: the clocks skipped 02:00–03:00.
    expect(byTitle.get('spring')).toMatchObject({ startDate: '2011-03-13', startTime: '00:30', endTime: '04:30' });
    expect(byTitle.get('spring')).not.toHaveProperty('endDate');
    expect(byTitle.get('day')).toMatchObject({ startDate: '2011-03-12', startTime: '10:00', endDate: '2011-03-13', endTime: '10:00' });
    expect(byTitle.get('hours')).toMatchObject({ startDate: '2011-03-12', startTime: '10:00', endDate: '2011-03-13', endTime: '11:00' });
    // 01:00 CEST + 3 h = 03:00 CET: 02:00–03:00 happened twice.
    expect(byTitle.get('autumn')).toMatchObject({ startTime: '01:00', endTime: '03:00' });
  });

  it('reports an end before the start on its meeting, which is imported without an end', async () => {
    const { result, byTitle } = await imported(
      calendarText([
        event('backwards', 'DTSTART;TZID=Europe/Paris:20111010T150000', 'DTEND;TZID=Europe/Paris:20111010T140000'),
        event('negative', 'DTSTART;TZID=Europe/Paris:20111011T150000', 'DURATION:-PT1H'),
        event('moment', 'DTSTART;TZID=Europe/Paris:20111012T150000', 'DTEND;TZID=Europe/Paris:20111012T150000'),
        event('days', 'DTSTART;VALUE=DATE:20111020', 'DTEND;VALUE=DATE:20111018'),
      ]),
    );
    for (const title of ['backwards', 'negative']) {
      expect(byTitle.get(title), title).toMatchObject({ startTime: '15:00' });
      expect(byTitle.get(title), title).not.toHaveProperty('endTime');
    }
    expect(byTitle.get('days')).toMatchObject({ startDate: '2011-10-20' });
    expect(byTitle.get('days')).not.toHaveProperty('endDate');
    expect(result.warnings.map((w) => [w.meetingId, w.key, w.params?.summary])).toEqual(
      ['backwards', 'negative', 'days'].map((title) => [byTitle.get(title)!.id, 'file.ics.endBeforeStart', title]),
    );
  });
});
