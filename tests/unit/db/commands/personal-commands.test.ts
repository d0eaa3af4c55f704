import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import {
  acknowledgeMarks,
  cancelMeeting,
  deletePlanAndPersonal,
  OtherPlanError,
  recordOutcome,
  restoreVersion,
  setMark,
  setNote,
  undoLast,
  updateMeeting,
  ValidationError,
} from '../../../../src/lib/db/commands/index.ts';
import { historyOfPlan } from '../../../../src/lib/db/history.ts';
import { markedRecords, marksOf, noteOf, notesOf, personalCounts } from '../../../../src/lib/db/personal-queries.ts';
import { markChanges, MAX_NOTE_LENGTH, snapshotOf } from '../../../../src/lib/domain/personal.ts';
import type { PlanBundle } from '../../../../src/lib/domain/types.ts';
import { applyImport } from '../../../../src/lib/plan-files/apply-store.ts';
import { makeBundle, makePlanFile } from '../../factories.ts';
import { addBundle, seededDb, T1, T2, T3 } from '../db-helpers.ts';
import type { QuorumDatabase } from '../../../../src/lib/db/database.ts';

const PLAN = mispaIII.plan.id;
const first = mispaIII.meetings.find((m) => m.id === 'mispa-iii/wg-2011-10-13');
const second = mispaIII.meetings.find((m) => m.id === 'mispa-iii/wg-2011-09-15');
const item = mispaIII.agendaItems.find((i) => i.meetingId === second!.id)!;

async function changes(db: QuorumDatabase) {
  const marks = await marksOf(db, PLAN);
  const { meetings, items } = await markedRecords(db, PLAN, marks);
  return markChanges(marks, meetings, items).map((c) => `${c.kind} ${c.mark.recordId}`);
}

async function markTwoAndNote(db: QuorumDatabase) {
  await setMark(db, PLAN, 'meeting', first!.id, true, T1);
  await setMark(db, PLAN, 'agendaItem', item.id, true, T1);
  await setNote(db, PLAN, 'meeting', first!.id, 'Demander le texte révisé', T1);
}

describe('marks and notes', () => {
  it('marks a meeting or an item with its meeting as it is, and unmarks it', async () => {
    const db = await seededDb();
    await markTwoAndNote(db);
    expect(await db.marks.get([PLAN, first!.id])).toEqual({
      planId: PLAN,
      recordId: first!.id,
      kind: 'meeting',
      markedAt: T1.toISOString(),
      seen: snapshotOf(first!),
    });
    expect((await db.marks.get([PLAN, item.id]))?.seen).toEqual(snapshotOf(second!));
    await setMark(db, PLAN, 'meeting', first!.id, false);
    expect(await marksOf(db, PLAN)).toHaveLength(1);
  });

  it('keeps what the user last saw when a marked meeting is marked again', async () => {
    const db = await seededDb();
    await setMark(db, PLAN, 'meeting', first!.id, true, T1);
    await updateMeeting(db, first!.id, { startTime: '16:00' }, T2);
    await setMark(db, PLAN, 'meeting', first!.id, true, T3);
    expect(await changes(db)).toEqual([`moved ${first!.id}`]);
  });

  it('refuses a record of another plan or one that does not exist, writing nothing', async () => {
    const db = await seededDb();
    const other: PlanBundle = makeBundle('plan-2');
    await addBundle(db, other);
    await expect(setMark(db, PLAN, 'meeting', other.meetings[0]!.id, true)).rejects.toBeInstanceOf(OtherPlanError);
    await expect(setMark(db, PLAN, 'agendaItem', 'nope', true)).rejects.toMatchObject({ name: 'RecordNotFoundError' });
    expect(await db.marks.count()).toBe(0);
  });

  it('saves a note as typed, removes a blank one, refuses one too long', async () => {
    const db = await seededDb();
    await setNote(db, PLAN, 'agendaItem', item.id, '  Voter pour \n', T1);
    expect(await noteOf(db, PLAN, item.id)).toEqual({
      planId: PLAN,
      recordId: item.id,
      kind: 'agendaItem',
      text: '  Voter pour \n',
      updatedAt: T1.toISOString(),
    });
    await setNote(db, PLAN, 'agendaItem', item.id, '   ', T2);
    expect(await noteOf(db, PLAN, item.id)).toBeUndefined();
    await expect(setNote(db, PLAN, 'meeting', first!.id, 'x'.repeat(MAX_NOTE_LENGTH + 1))).rejects.toBeInstanceOf(ValidationError);
    expect(await db.notes.count()).toBe(0);
  });

  it('are no plan history: the plan’s history is unchanged, and undoing an edit keeps the note', async () => {
    const db = await seededDb();
    await recordOutcome(db, item.id, { kind: 'decided' }, T1);
    const history = await historyOfPlan(db, PLAN);
    await markTwoAndNote(db);
    expect(await historyOfPlan(db, PLAN)).toEqual(history);
    await undoLast(db, PLAN, T2);
    expect(await notesOf(db, PLAN)).toHaveLength(1);
    expect(await marksOf(db, PLAN)).toHaveLength(2);
  });

  it('survive an edit, an undo and a restored version, and tell each change once seen', async () => {
    const db = await seededDb();
    await markTwoAndNote(db);
    await updateMeeting(db, first!.id, { startDate: '2011-12-01' }, T1);
    await cancelMeeting(db, second!.id, T1);
    expect(await changes(db)).toEqual([`cancelled ${item.id}`, `moved ${first!.id}`]); // by the dates the user knew
    await acknowledgeMarks(db, PLAN);
    expect(await changes(db)).toEqual([]);
    await undoLast(db, PLAN, T2); // the cancellation
    await undoLast(db, PLAN, T2); // the move
    expect(await changes(db)).toEqual([`moved ${first!.id}`]); // back to its first date: a move too
    const entry = (await historyOfPlan(db, PLAN)).find((e) => e.recordId === first!.id && e.command === 'updateMeeting')!;
    await restoreVersion(db, entry.seq!, 'after', T3);
    expect(await changes(db)).toEqual([]); // restored to the date the user saw
    expect((await notesOf(db, PLAN)).map((n) => n.text)).toEqual(['Demander le texte révisé']);
  });

  it('survive an imported new version that moves one meeting and removes the other', async () => {
    const db = await seededDb();
    await markTwoAndNote(db);
    const bundle: PlanBundle = {
      ...mispaIII,
      meetings: mispaIII.meetings
        .filter((m) => m.id !== second!.id)
        .map((m) => (m.id === first!.id ? { ...m, startDate: '2011-11-11', sequence: m.sequence + 1 } : m)),
      agendaItems: mispaIII.agendaItems.filter((i) => i.meetingId !== second!.id),
    };
    await applyImport(db, makePlanFile([{ bundle }]), {}, T1);
    expect(await changes(db)).toEqual([`removed ${item.id}`, `moved ${first!.id}`]);
    await acknowledgeMarks(db, PLAN);
    expect(await changes(db)).toEqual([]);
    expect(await marksOf(db, PLAN)).toHaveLength(2);
    await undoLast(db, PLAN, T2); // the import: the item is back
    expect(await changes(db)).toEqual([`restored ${item.id}`, `moved ${first!.id}`]);
  });

  it('deleting a plan keeps them for its return, or deletes them with it, as the user chose', async () => {
    const db = await seededDb();
    await markTwoAndNote(db);
    await deletePlanAndPersonal(db, PLAN, 'keep', T1);
    expect(await personalCounts(db, PLAN)).toEqual({ marks: 2, notes: 1 });
    await undoLast(db, PLAN, T2);
    expect(await changes(db)).toEqual([]);
    await deletePlanAndPersonal(db, PLAN, 'delete', T3);
    expect(await personalCounts(db, PLAN)).toEqual({ marks: 0, notes: 0 });
    expect(await db.plans.get(PLAN)).toBeUndefined();
  });

  it('deletes nothing when the plan cannot be deleted', async () => {
    const db = await seededDb();
    await markTwoAndNote(db);
    await expect(deletePlanAndPersonal(db, 'no-such-plan', 'delete')).rejects.toMatchObject({ name: 'RecordNotFoundError' });
    await db.marks.put({ ...(await db.marks.get([PLAN, first!.id]))!, planId: 'no-such-plan' });
    await expect(deletePlanAndPersonal(db, 'no-such-plan', 'delete')).rejects.toThrow();
    expect(await db.marks.count()).toBe(3);
  });
});
