import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import { addDays } from '../../../src/lib/domain/dates.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { buildCalendar, icalWordsFor } from '../../../src/lib/ical/index.ts';
import { meetingUid } from '../../../src/lib/ical/meeting-event.ts';
import { applyImport } from '../../../src/lib/plan-files/apply-store.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/plan-files/format.ts';
import { eventOrigin, fileWords, readIcsFile, type IcsReadResult } from '../../../src/lib/ical/ics-import.ts';
import { previewImport, type UpdatePreview } from '../../../src/lib/plan-files/preview-store.ts';
import { fr, makeAgendaItem } from '../factories.ts';
import { seededDb, T1, T2 } from '../db/db-helpers.ts';
import { snapshot } from '../plan-files/transfer-helpers.ts';
import { WG } from '../plan-files/update-fixture.ts';

const PLAN = mispaIII.plan.id;

function calendarOf(bundle: PlanBundle): string {
  return buildCalendar({ plan: bundle.plan, meetings: bundle.meetings, agendaItems: bundle.agendaItems, reminder: '1h', now: T1 });
}

function ok(result: IcsReadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

async function previewOf(db: Awaited<ReturnType<typeof seededDb>>, result: IcsReadResult): Promise<UpdatePreview> {
  const preview = await previewImport(db, ok(result).file);
  const plan = preview.plans[0]!;
  if (plan.kind !== 'update') throw new Error('expected an update');
  return plan;
}

/** A calendar as another application writes it: CRLF lines, one VEVENT per list of properties. */
function foreignCalendar(events: string[][], extra: string[] = []): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other Corp//Calendar 1.0//EN', ...extra];
  for (const event of events) lines.push('BEGIN:VEVENT', 'DTSTAMP:20240101T000000Z', ...event, 'END:VEVENT');
  return [...lines, 'END:VCALENDAR', ''].join('\r\n');
}

const EASTERN = [
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011104T020000',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010311T020000',
  'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

describe('importing a calendar this app exported', () => {
  it('maps every event back to the same meeting, and an unchanged calendar changes nothing', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    const result = ok(await readIcsFile(calendarOf(local), local, T2));
    expect(result.meetingIds.sort()).toEqual(local.meetings.map((m) => m.id).sort());
    expect(result.skipped).toEqual([]);
    expect(await previewOf(db, result)).toMatchObject({ changes: [], conflicts: [] });
  });

  it('changes nothing either when the calendar was exported with the interface in another language', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    for (const lang of ['es', 'en', 'pt'] as const) {
      const words = icalWordsFor(lang);
      const text = buildCalendar({ plan: local.plan, meetings: local.meetings, agendaItems: local.agendaItems, reminder: 'none', now: T1, words });
      expect(fileWords(text)).toBe(words);
      const result = ok(await readIcsFile(text, local, T2));
      expect(await previewOf(db, result), lang).toMatchObject({ changes: [], conflicts: [] });
    }
  });

  it('brings in the schedule changes and agenda made elsewhere, on the same ids', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    const [first, second] = WG;
    const firstItems = local.agendaItems.filter((a) => a.meetingId === first!.id);
    const elsewhere: PlanBundle = {
      ...local,
      meetings: local.meetings.map((m) => {
        if (m.id === first!.id) return { ...m, startDate: addDays(m.startDate, 7), startTime: '10:00', endTime: '13:00', place: fr('Salle Padilha Vidal') };
        if (m.id === second!.id) return { ...m, status: 'cancelled' as const };
        return m;
      }),
      agendaItems: [
        ...local.agendaItems.map((a) => (a.id === firstItems[0]!.id ? { ...a, text: fr('Élection de la présidence') } : a)),
        makeAgendaItem({ id: 'elsewhere/new', planId: PLAN, meetingId: first!.id, order: 50, text: fr('Questions diverses') }),
      ],
    };
    const plan = await previewOf(db, await readIcsFile(calendarOf(elsewhere), local, T2));
    expect(plan.schedule.map((s) => [s.meetingId, s.fields.map((f) => f.field).sort()])).toEqual(
      [
        [first!.id, ['endTime', 'place', 'startDate', 'startTime']],
        [second!.id, ['status']],
      ].sort(),
    );
    const changedItems = plan.changes.filter((c) => c.table === 'agendaItems');
    expect(changedItems.filter((c) => c.kind === 'changed')).toMatchObject([
      { id: firstItems[0]!.id, fields: [{ field: 'text', after: fr('Élection de la présidence') }] },
    ]);
    expect(changedItems.filter((c) => c.kind === 'added')).toMatchObject([{ after: { meetingId: first!.id, text: fr('Questions diverses') } }]);
    expect(changedItems.filter((c) => c.kind === 'removed')).toEqual([]);

    await applyImport(db, ok(await readIcsFile(calendarOf(elsewhere), local, T2)).file, {}, T2);
    const moved = await db.meetings.get(first!.id);
    expect(moved).toMatchObject({
      startDate: addDays(first!.startDate, 7),
      startTime: '10:00',
      endTime: '13:00',
      place: fr('Salle Padilha Vidal'),
      timeZone: first!.timeZone,
    });
    expect(moved!.sequence).toBeGreaterThan(first!.sequence);
    expect((await db.meetings.get(second!.id))?.status).toBe('cancelled');
  });

  it('carries a meeting’s notes in the description and reads them back apart from its agenda', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    const first = WG[0]!;
    const notes = fr('Salle à confirmer.\n1. Ceci est une remarque, pas un point.');
    const items = local.agendaItems.filter((a) => a.meetingId === first.id);
    const withNotes: PlanBundle = { ...local, meetings: local.meetings.map((m) => (m.id === first.id ? { ...m, notes } : m)) };
    const text = calendarOf(withNotes);
    expect(text.replace(/\r\n[ \t]/g, '')).toContain('DESCRIPTION:Salle à confirmer.\\n1. Ceci est une remarque\\, pas un point.\\n\\n');

    const plan = await previewOf(db, await readIcsFile(text, local, T2));
    const meetingChange = plan.changes.find((c) => c.table === 'meetings' && c.id === first.id);
    expect(meetingChange).toMatchObject({ kind: 'changed', fields: [{ field: 'notes', after: notes }] });
    // The numbered line of the notes is not an agenda item: the agenda is unchanged.
    expect(plan.changes.filter((c) => c.table === 'agendaItems')).toEqual([]);
    expect(items.length).toBeGreaterThan(0);

    // Exported with its notes and read back on that plan, nothing changes.
    await applyImport(db, ok(await readIcsFile(text, local, T2)).file, {}, T2);
    const after = (await loadPlanBundle(db, PLAN))!;
    expect(after.meetings.find((m) => m.id === first.id)?.notes).toEqual(notes);
    expect(await previewOf(db, await readIcsFile(calendarOf(after), after, T2))).toMatchObject({ changes: [], conflicts: [] });
  });

  it('adds an event exported from another plan as a new meeting, never taking that plan’s id', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    const other = {
      ...local,
      plan: { ...local.plan, id: 'plan-elsewhere' },
      meetings: [{ ...WG[0]!, planId: 'plan-elsewhere', id: 'plan-elsewhere/wg' }],
      agendaItems: [],
    };
    const result = ok(await readIcsFile(calendarOf(other), local, T2));
    expect(result.meetingIds).toHaveLength(1);
    expect(result.meetingIds[0]).toMatch(new RegExp(`^${PLAN}/ics-[0-9a-f]{16}$`));
    expect(eventOrigin(meetingUid('plan-elsewhere', 'plan-elsewhere/wg'), PLAN)).toEqual({ fromApp: true });
    expect(eventOrigin(meetingUid(PLAN, WG[0]!.id), PLAN)).toEqual({ fromApp: true, meetingId: WG[0]!.id });
    expect(eventOrigin('abc@google.com', PLAN)).toEqual({ fromApp: false });
  });
});

describe('importing a calendar from another application', () => {
  const FOREIGN = foreignCalendar(
    [
      [
        'UID:paris-1@example.org',
        'SUMMARY:Consultations informelles <b>à Paris</b>',
        'LOCATION:OCDE\\, salle CC9',
        'DTSTART;TZID=Europe/Paris:20111005T093000',
        'DTEND;TZID=Europe/Paris:20111005T123000',
      ],
      ['UID:retreat@example.org', 'SUMMARY:Retraite du groupe', 'DTSTART;VALUE=DATE:20111020', 'DTEND;VALUE=DATE:20111022', 'STATUS:TENTATIVE'],
      ['UID:utc@example.org', 'SUMMARY:Visioconférence', 'DTSTART:20111101T150000Z', 'DURATION:PT1H30M'],
      [
        'UID:outlook@example.org',
        'SUMMARY:Réunion à Washington',
        'DTSTART;TZID=Eastern Standard Time:20111108T140000',
        'DTEND;TZID=Eastern Standard Time:20111108T160000',
        'STATUS:CANCELLED',
      ],
      ['UID:weekly@example.org', 'SUMMARY:Point hebdomadaire', 'DTSTART:20111003T140000Z', 'RRULE:FREQ=WEEKLY;COUNT=5'],
      ['UID:nowhere@example.org', 'SUMMARY:Fuseau inconnu', 'DTSTART;TZID=Atlantis Time:20111003T140000'],
    ],
    EASTERN,
  );

  it('turns each single event into a meeting of the plan, with its zone or converted to the plan’s', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    const result = ok(await readIcsFile(FOREIGN, local, T2));
    const byTitle = new Map(result.file.plans[0]!.bundle.meetings.filter((m) => result.meetingIds.includes(m.id)).map((m) => [m.title?.text, m]));
    expect(byTitle.get('Consultations informelles <b>à Paris</b>')).toMatchObject({
      kind: 'other',
      startDate: '2011-10-05',
      startTime: '09:30',
      endTime: '12:30',
      timeZone: 'Europe/Paris',
      place: fr('OCDE, salle CC9'),
      status: 'planned',
    });
    const retreat = byTitle.get('Retraite du groupe');
    expect(retreat).toMatchObject({ startDate: '2011-10-20', endDate: '2011-10-21', timeZone: mispaIII.plan.timeZone, status: 'planned' });
    expect(retreat).not.toHaveProperty('startTime');
    expect(byTitle.get('Visioconférence')).toMatchObject({ startDate: '2011-11-01', startTime: '11:00', endTime: '12:30', timeZone: 'America/New_York' });
    expect(byTitle.get('Réunion à Washington')).toMatchObject({
      startDate: '2011-11-08',
      startTime: '14:00',
      endTime: '16:00',
      timeZone: 'America/New_York',
      status: 'cancelled',
    });
    expect(result.skipped).toEqual([
      { path: 'events[4]', key: 'file.ics.recurring', params: { summary: 'Point hebdomadaire', line: 50 } },
      { path: 'events[5].DTSTART', key: 'file.ics.unknownZone', params: { value: 'Atlantis Time', summary: 'Fuseau inconnu', line: 57 } },
    ]);
  });

  it('gives the same ids when the same calendar is imported again, so it updates instead of duplicating', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    const first = ok(await readIcsFile(FOREIGN, local, T1));
    await applyImport(db, first.file, {}, T1);
    const after = (await loadPlanBundle(db, PLAN))!;
    const again = ok(await readIcsFile(FOREIGN, after, T2));
    expect(again.meetingIds).toEqual(first.meetingIds);
    expect(await previewOf(db, again)).toMatchObject({ changes: [] });
    expect(after.meetings).toHaveLength(local.meetings.length + 4);
  });
});

describe('a bad calendar gets a clear message and writes nothing', () => {
  const BAD: { name: string; input: () => Blob | string; key: string; path?: string }[] = [
    { name: 'not a calendar', input: () => 'Réunion le 5 octobre', key: 'file.ics.notCalendar' },
    { name: 'a plan file', input: () => '{"format":"quorum-plan"}', key: 'file.ics.notCalendar' },
    { name: 'malformed lines', input: () => 'BEGIN:VCALENDAR\r\nthis is not a property\r\nEND:VCALENDAR\r\n', key: 'file.ics.invalid' },
    {
      name: 'nesting too deep',
      input: () => `BEGIN:VCALENDAR\r\n${'BEGIN:X\r\n'.repeat(10)}${'END:X\r\n'.repeat(10)}END:VCALENDAR\r\n`,
      key: 'file.ics.tooDeep',
    },
    { name: 'a file over the size cap', input: () => new Blob([`BEGIN:VCALENDAR\r\n${'X'.repeat(MAX_FILE_BYTES)}`]), key: 'file.tooLarge' },
    { name: 'no event', input: () => foreignCalendar([]), key: 'file.ics.noEvents' },
    {
      name: 'an event on a day that does not exist',
      input: () => foreignCalendar([['UID:x@y', 'SUMMARY:X', 'DTSTART;VALUE=DATE:20110230']]),
      key: 'file.ics.dateInvalid',
      path: 'events[0].DTSTART',
    },
    { name: 'an event without a start', input: () => foreignCalendar([['UID:x@y', 'SUMMARY:X']]), key: 'file.ics.noStart', path: 'events[0].DTSTART' },
    {
      name: 'an event without a title',
      input: () => foreignCalendar([['UID:x@y', 'DTSTART;VALUE=DATE:20111003']]),
      key: 'file.ics.noTitle',
      path: 'events[0].SUMMARY',
    },
  ];

  it.each(BAD)('$name', async ({ input, key, path }) => {
    const db = await seededDb();
    const before = await snapshot(db);
    const result = await readIcsFile(input(), (await loadPlanBundle(db, PLAN))!, T1);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.problems[0]).toMatchObject({ key, ...(path ? { path } : {}) });
    expect(await snapshot(db)).toBe(before);
  });
});
