import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import {
  addMeeting,
  deletePlan,
  OtherPlanError,
  RecordNotFoundError,
  removeAgendaItem,
  restoreVersion,
  undoLast,
  updateMeeting,
  updatePlan,
} from '../../../../src/lib/db/commands/index.ts';
import { historyOfRecord, lastUndoableBatch } from '../../../../src/lib/db/history.ts';
import { loadPlanBundle } from '../../../../src/lib/db/queries.ts';
import { withoutKeys } from '../../../../src/lib/domain/equal.ts';
import type { HistoryEntry } from '../../../../src/lib/domain/types.ts';
import { fr, makeBundle, makeHistoryEntry, makeMeeting } from '../../factories.ts';
import { addBundle, dump, seededDb, T1, T2, T3 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const WG = 'mispa-iii/wg-2011-09-15';
const OTHER = 'plan-2';
const seeded = mispaIII.meetings.find((m) => m.id === WG)!;
const content = (record: object | undefined) => record && withoutKeys(record, ['updatedAt', 'sequence']);

describe('undoLast', () => {
  it('reverts an update, stamping the record now and never lowering SEQUENCE', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG, { startTime: '10:00' }, T1);
    const undone = await undoLast(db, PLAN, T2);
    expect(undone).toMatchObject({ command: 'updateMeeting', planId: PLAN });
    const meeting = await db.meetings.get(WG);
    expect(content(meeting)).toEqual(content(seeded));
    expect(meeting).toMatchObject({ updatedAt: T2.toISOString(), sequence: 2 });
  });

  it('reverts a create and a delete', async () => {
    const db = await seededDb();
    const { id: _i, planId: _p, updatedAt: _u, sequence: _s, ...draft } = makeMeeting();
    const meeting = await addMeeting(db, PLAN, draft);
    await undoLast(db, PLAN);
    expect(await db.meetings.get(meeting.id)).toBeUndefined();
    const item = mispaIII.agendaItems[3]!;
    await removeAgendaItem(db, item.id);
    await undoLast(db, PLAN);
    expect(content(await db.agendaItems.get(item.id))).toEqual(content(item));
    expect((await loadPlanBundle(db, PLAN))!.agendaItems.filter((a) => a.meetingId === item.meetingId).map((a) => a.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('undoes the two last commands in turn, then the earlier ones, then says nothing is left', async () => {
    const db = await seededDb();
    await updatePlan(db, PLAN, { status: 'in-progress' });
    await updateMeeting(db, WG, { place: fr('Salle A') });
    await updateMeeting(db, WG, { place: fr('Salle B') });
    expect((await undoLast(db, PLAN))?.command).toBe('updateMeeting');
    expect((await db.meetings.get(WG))?.place).toEqual(fr('Salle A'));
    expect((await undoLast(db, PLAN))?.command).toBe('updateMeeting');
    expect((await db.meetings.get(WG))?.place).toBeUndefined();
    expect((await undoLast(db, PLAN))?.command).toBe('updatePlan');
    expect((await db.plans.get(PLAN))?.status).toBe(mispaIII.plan.status);
    const before = await dump(db);
    expect(await undoLast(db, PLAN)).toBeUndefined();
    expect(await dump(db)).toEqual(before);
  });

  it('marks the undone batch and shows the undo in the record’s history, without making it undoable', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG, { startTime: '10:00' }, T1);
    await undoLast(db, PLAN, T2);
    const [undo, original] = await historyOfRecord(db, PLAN, WG);
    expect(undo).toMatchObject({ command: 'undo', at: T2.toISOString(), op: 'update' });
    expect(original).toMatchObject({ command: 'updateMeeting', undone: true });
    expect(await lastUndoableBatch(db, PLAN)).toBeUndefined();
  });

  it('undoes a deleted plan whole', async () => {
    const db = await seededDb();
    const before = await loadPlanBundle(db, PLAN);
    await deletePlan(db, PLAN);
    await undoLast(db, PLAN);
    const after = await loadPlanBundle(db, PLAN);
    const strip = (b: typeof after) =>
      b &&
      Object.values(b)
        .flat()
        .map((r) => content(r as object));
    expect(strip(after)).toEqual(strip(before));
  });
});

describe('restoreVersion', () => {
  it('puts a record back as it was before or after a change, as a new undoable batch', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG, { place: fr('Salle A') }, T1);
    await updateMeeting(db, WG, { place: fr('Salle B') }, T2);
    const [, first] = await historyOfRecord(db, PLAN, WG);
    await restoreVersion(db, first!.seq!, 'after', T3);
    expect(await db.meetings.get(WG)).toMatchObject({ place: fr('Salle A'), updatedAt: T3.toISOString(), sequence: 3 });
    await restoreVersion(db, first!.seq!, 'before');
    expect(content(await db.meetings.get(WG))).toEqual(content(seeded));
    expect((await historyOfRecord(db, PLAN, WG)).map((e) => e.command)).toEqual(['restoreVersion', 'restoreVersion', 'updateMeeting', 'updateMeeting']);
    await undoLast(db, PLAN);
    expect((await db.meetings.get(WG))?.place).toEqual(fr('Salle A'));
  });

  it('removes a record restored to before its creation, and brings back a deleted one', async () => {
    const db = await seededDb();
    const item = mispaIII.agendaItems[0]!;
    await removeAgendaItem(db, item.id);
    const [deletion] = await historyOfRecord(db, PLAN, item.id);
    await restoreVersion(db, deletion!.seq!, 'before');
    expect(content(await db.agendaItems.get(item.id))).toEqual(content(item));
    await restoreVersion(db, deletion!.seq!, 'after');
    expect(await db.agendaItems.get(item.id)).toBeUndefined();
  });

  it('refuses an unknown entry, and a record whose plan is gone', async () => {
    const db = await seededDb();
    await expect(restoreVersion(db, 999, 'before')).rejects.toBeInstanceOf(RecordNotFoundError);
    await updateMeeting(db, WG, { place: fr('Salle A') });
    const [entry] = await historyOfRecord(db, PLAN, WG);
    await deletePlan(db, PLAN);
    const before = await dump(db);
    await expect(restoreVersion(db, entry!.seq!, 'after')).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await dump(db)).toEqual(before);
  });
});

describe('never moving a record to another plan', () => {
  // A history entry as a forged file could have brought it: it names a MISPA-III meeting from another plan.
  const forgedEntry = (overrides: Partial<HistoryEntry> = {}): HistoryEntry =>
    makeHistoryEntry({
      planId: OTHER,
      batch: 'forged',
      recordId: WG,
      before: { ...seeded, planId: OTHER },
      after: { ...seeded, planId: OTHER, status: 'cancelled' },
      ...overrides,
    });
  async function withForged(entries: HistoryEntry[]) {
    const db = await seededDb();
    await addBundle(db, makeBundle(OTHER));
    const seqs = [];
    for (const entry of entries) seqs.push(await db.history.add(entry));
    return { db, seqs, before: await dump(db) };
  }

  it('restoreVersion refuses a version of another plan’s record, and writes nothing', async () => {
    const {
      db,
      seqs: [seq],
      before,
    } = await withForged([forgedEntry()]);
    await expect(restoreVersion(db, seq!, 'before')).rejects.toBeInstanceOf(OtherPlanError);
    await expect(restoreVersion(db, seq!, 'after')).rejects.toBeInstanceOf(OtherPlanError);
    expect(await dump(db)).toEqual(before);
  });

  it('restoreVersion refuses an entry of one plan whose version belongs to another', async () => {
    const {
      db,
      seqs: [seq],
      before,
    } = await withForged([forgedEntry({ planId: PLAN, recordId: 'gone-meeting', before: { ...seeded, id: 'gone-meeting', planId: OTHER } })]);
    await expect(restoreVersion(db, seq!, 'before')).rejects.toBeInstanceOf(OtherPlanError);
    expect(await dump(db)).toEqual(before);
  });

  it('undoLast refuses a batch that would move a record, and writes nothing', async () => {
    const { db, before } = await withForged([forgedEntry()]);
    await expect(undoLast(db, OTHER)).rejects.toBeInstanceOf(OtherPlanError);
    expect(await dump(db)).toEqual(before);
    expect((await db.meetings.get(WG))?.planId).toBe(PLAN);
  });

  it('undoLast refuses a batch holding entries of two plans, writing none of them', async () => {
    const mine = makeBundle(OTHER).meetings[0]!;
    const { db, before } = await withForged([
      // Undone last to first: the plan's own meeting is put back first, then the other entry refuses, undoing that too.
      forgedEntry({ planId: PLAN, before: seeded, after: { ...seeded, status: 'cancelled' } }),
      forgedEntry({ recordId: mine.id, before: { ...mine, status: 'held' }, after: mine }),
    ]);
    await expect(undoLast(db, OTHER)).rejects.toBeInstanceOf(OtherPlanError);
    expect(await dump(db)).toEqual(before);
  });
});
