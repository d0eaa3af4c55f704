/*
 * The .ics import reads back the app's own meeting over several days, written as one event
 * repeated daily (RRULE:FREQ=DAILY;COUNT=n), as that meeting: same days, same times. Other
 * repeating events are still skipped (src/lib/ical/ics-daily.ts).
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import type { Meeting, PlanBundle } from '../../../src/lib/domain/types.ts';
import { buildCalendar } from '../../../src/lib/ical/index.ts';
import { readIcsFile, type IcsReadResult } from '../../../src/lib/ical/ics-import.ts';
import { previewImport } from '../../../src/lib/plan-files/preview-store.ts';
import { seededDb, T1, T2 } from '../db/db-helpers.ts';
import { WG } from '../plan-files/update-fixture.ts';

const PLAN = mispaIII.plan.id;
const DAYS: Partial<Meeting>[] = [
  { startDate: '2011-11-17', endDate: '2011-11-18', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' },
  { startDate: '2011-11-05', endDate: '2011-11-07', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' }, // DST ends on the 6th
  { startDate: '2011-10-29', endDate: '2011-10-30', startTime: '09:00', timeZone: 'Europe/Paris' }, // no end time
];

function ok(result: IcsReadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

const calendarOf = (bundle: PlanBundle) =>
  buildCalendar({ plan: bundle.plan, meetings: bundle.meetings, agendaItems: bundle.agendaItems, reminder: '15m', now: T1 });

describe('a meeting over several days, exported and read back', () => {
  it.each(DAYS)('is the same meeting, unchanged: %o', async (days) => {
    const db = await seededDb();
    await db.meetings.put({ ...WG[0]!, ...days });
    const local = (await loadPlanBundle(db, PLAN))!;
    const text = calendarOf(local);
    expect(text).toMatch(/\r\nRRULE:FREQ=DAILY;COUNT=[23]\r\n/);
    const result = ok(await readIcsFile(text, local, T2));
    expect(result.skipped).toEqual([]);
    expect((await previewImport(db, result.file)).plans[0]).toMatchObject({ changes: [], conflicts: [] });
  });

  it('brings in days and times changed elsewhere', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    const moved = { ...WG[0]!, ...DAYS[1] };
    const elsewhere = { ...local, meetings: local.meetings.map((m) => (m.id === moved.id ? moved : m)) };
    const result = ok(await readIcsFile(calendarOf(elsewhere), local, T2));
    const read = result.file.plans[0]!.bundle.meetings.find((m) => m.id === moved.id);
    expect(read).toMatchObject({ startDate: '2011-11-05', endDate: '2011-11-07', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' });
  });
});

describe('repeating events from other applications', () => {
  const calendar = (...events: string[][]) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Other Corp//Calendar 1.0//EN',
      ...events.flatMap((lines) => ['BEGIN:VEVENT', 'DTSTAMP:20240101T000000Z', ...lines, 'END:VEVENT']),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  const timed = ['DTSTART;TZID=Europe/Paris:20111003T093000', 'DTEND;TZID=Europe/Paris:20111003T120000'];

  it('reads a plain daily rule of n days as a meeting over n days, and skips every other repetition', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    const text = calendar(
      ['UID:days@example.org', 'SUMMARY:Séminaire', ...timed, 'RRULE:FREQ=DAILY;COUNT=3'],
      ['UID:every-other@example.org', 'SUMMARY:Un jour sur deux', ...timed, 'RRULE:FREQ=DAILY;INTERVAL=2;COUNT=3'],
      ['UID:but-one@example.org', 'SUMMARY:Sauf mardi', ...timed, 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE;TZID=Europe/Paris:20111004T093000'],
      ['UID:until@example.org', 'SUMMARY:Jusqu’à', ...timed, 'RRULE:FREQ=DAILY;UNTIL=20111005T235959Z'],
      [
        'UID:overnight@example.org',
        'SUMMARY:De nuit',
        'DTSTART;TZID=Europe/Paris:20111003T220000',
        'DTEND;TZID=Europe/Paris:20111004T020000',
        'RRULE:FREQ=DAILY;COUNT=2',
      ],
      ['UID:all-day@example.org', 'SUMMARY:Journées', 'DTSTART;VALUE=DATE:20111003', 'RRULE:FREQ=DAILY;COUNT=2'],
    );
    const result = ok(await readIcsFile(text, local, T2));
    const added = result.file.plans[0]!.bundle.meetings.filter((m) => result.meetingIds.includes(m.id));
    expect(added.map((m) => [m.title?.text, m.startDate, m.endDate, m.startTime, m.endTime, m.timeZone])).toEqual([
      ['Séminaire', '2011-10-03', '2011-10-05', '09:30', '12:00', 'Europe/Paris'],
    ]);
    expect(result.skipped.map((s) => [s.key, s.params?.summary])).toEqual(
      ['Un jour sur deux', 'Sauf mardi', 'Jusqu’à', 'De nuit', 'Journées'].map((summary) => ['file.ics.recurring', summary]),
    );
  });
});
