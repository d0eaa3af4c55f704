/*
 * An .ics import turns instants into a meeting's wall clock in a zone: an instant whose wall
 * clock happens twice keeps its UTC offset, so the meeting keeps its instant; a wall clock
 * another application wrote in a gap becomes the time it means (RFC 5545: the offset before
 * the gap); and a meeting this app exported at such a time comes back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { meetingInstants } from '../../../src/lib/domain/zoned-time.ts';
import { buildCalendar } from '../../../src/lib/ical/index.ts';
import { readIcsFile, type IcsReadResult } from '../../../src/lib/ical/ics-import.ts';
import { previewImport } from '../../../src/lib/plan-files/preview-store.ts';
import { seededDb, T1, T2 } from '../db/db-helpers.ts';
import { calendarText } from './ics-files.ts';

const PLAN = mispaIII.plan.id;

function ok(result: IcsReadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function imported(result: IcsReadResult, uid: string) {
  const { file, meetingIds } = ok(result);
  return file.plans[0]!.bundle.meetings.filter((m) => meetingIds.includes(m.id)).find((m) => m.id.endsWith(uid) || m.title?.text === uid);
}

describe('an .ics import at the clock changes', () => {
  it('keeps the instant of a time the clocks show twice, and moves a skipped one to the time it means', async () => {
    const db = await seededDb();
    const local = (await loadPlanBundle(db, PLAN))!;
    expect(local.plan.timeZone).toBe('America/New_York');
    const text = calendarText([
      ['UID:first@example.org', 'SUMMARY:first', 'DTSTART:20111106T053000Z', 'DTEND:20111106T054500Z'],
      ['UID:second@example.org', 'SUMMARY:second', 'DTSTART:20111106T063000Z', 'DTEND:20111106T070000Z'],
      ['UID:tzid@example.org', 'SUMMARY:tzid', 'DTSTART;TZID=America/New_York:20111106T013000'],
      ['UID:gap@example.org', 'SUMMARY:gap', 'DTSTART;TZID=America/New_York:20110313T023000', 'DTEND;TZID=America/New_York:20110313T040000'],
    ]);
    const result = await readIcsFile(text, local, T2);
    expect(imported(result, 'first')).toMatchObject({ startDate: '2011-11-06', startTime: '01:30', startOffset: -240, endTime: '01:45', endOffset: -240 });
    const second = imported(result, 'second')!;
    expect(second).toMatchObject({ startTime: '01:30', startOffset: -300, endTime: '02:00' });
    expect(second).not.toHaveProperty('endOffset');
    expect(meetingInstants(second)).toEqual({ start: Date.parse('2011-11-06T06:30:00Z'), end: Date.parse('2011-11-06T07:00:00Z') });
    expect(imported(result, 'tzid')).toMatchObject({ startTime: '01:30', startOffset: -240 });
    const gap = imported(result, 'gap')!;
    expect(gap).toMatchObject({ startDate: '2011-03-13', startTime: '03:30', endTime: '04:00' });
    expect(gap).not.toHaveProperty('startOffset');
  });

  it('brings back a meeting this app exported at the second 01:30 unchanged', async () => {
    const db = await seededDb();
    const first = (await loadPlanBundle(db, PLAN))!.meetings[0]!;
    await updateMeeting(
      db,
      first.id,
      { startDate: '2011-11-06', endDate: null, startTime: '01:30', startOffset: -300, endTime: '03:00', timeZone: 'America/New_York' },
      T1,
    );
    const local: PlanBundle = (await loadPlanBundle(db, PLAN))!;
    const text = buildCalendar({ plan: local.plan, meetings: local.meetings, agendaItems: local.agendaItems, reminder: '1h', now: T1 });
    const result = ok(await readIcsFile(text, local, T2));
    const preview = await previewImport(db, result.file);
    expect(preview.plans[0]).toMatchObject({ kind: 'update', changes: [], conflicts: [] });
  });
});
