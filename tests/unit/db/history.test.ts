import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { updateMeeting, updatePlan, undoLast } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { historyOfPlan, historyOfRecord, lastUndoableBatch, newBatch, recordChange } from '../../../src/lib/db/history.ts';
import { fr, makeBundle, makeHistoryEntry, makeMeeting, makePlan } from '../factories.ts';
import { addBundle, seededDb, T1, T2 } from './db-helpers.ts';

const PLAN = mispaIII.plan.id;
const WG = 'mispa-iii/wg-2011-09-15';

describe('recordChange', () => {
  it('writes one entry with the plan, the batch and the record before and after', async () => {
    const db = new QuorumDatabase();
    const batch = newBatch('updateMeeting', T1);
    const before = makeMeeting();
    const after = makeMeeting({ startTime: '10:00' });
    await db.transaction('rw', db.history, async () => {
      await recordChange(db, batch, { table: 'meetings', op: 'update', before, after });
      await recordChange(db, batch, { table: 'plans', op: 'create', after: makePlan({ id: 'plan-2' }) });
    });
    expect(await db.history.toArray()).toEqual([
      {
        seq: 1,
        planId: 'plan-1',
        batch: batch.id,
        command: 'updateMeeting',
        at: T1.toISOString(),
        table: 'meetings',
        recordId: 'meeting-1',
        op: 'update',
        before,
        after,
      },
      expect.objectContaining({ seq: 2, planId: 'plan-2', recordId: 'plan-2', op: 'create', batch: batch.id }),
    ]);
    expect(await db.history.get(2)).not.toHaveProperty('before');
  });

  it('gives every batch its own id', () => {
    expect(newBatch('a', T1).id).not.toBe(newBatch('a', T1).id);
  });
});

describe('history queries', () => {
  it('lists a record’s changes newest first, from what to what', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG, { startTime: '10:00' }, T1);
    await updateMeeting(db, WG, { startTime: '11:00' }, T2);
    const entries = await historyOfRecord(db, PLAN, WG);
    expect(entries.map((e) => [e.at, (e.before as { startTime?: string }).startTime, (e.after as { startTime?: string }).startTime])).toEqual([
      [T2.toISOString(), '10:00', '11:00'],
      [T1.toISOString(), undefined, '10:00'],
    ]);
  });

  it('lists a record’s changes in its own plan only, not another plan’s entries naming the same id', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG, { startTime: '10:00' }, T1);
    const seeded = (await db.meetings.get(WG))!;
    await db.history.add(makeHistoryEntry({ planId: 'other', recordId: WG, before: { ...seeded, planId: 'other' }, after: { ...seeded, planId: 'other' } }));
    expect((await historyOfRecord(db, PLAN, WG)).map((e) => [e.planId, e.command])).toEqual([[PLAN, 'updateMeeting']]);
    expect((await historyOfRecord(db, 'other', WG)).map((e) => e.planId)).toEqual(['other']);
  });

  it('lists a plan’s latest changes only, up to a limit', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('other'));
    await updatePlan(db, PLAN, { status: 'in-progress' });
    await updatePlan(db, 'other', { status: 'archived' });
    await updateMeeting(db, WG, { place: fr('Salle A') });
    expect((await historyOfPlan(db, PLAN)).map((e) => e.recordId)).toEqual([WG, PLAN]);
    expect((await historyOfPlan(db, PLAN, 1)).map((e) => e.recordId)).toEqual([WG]);
    expect((await historyOfPlan(db, 'other')).map((e) => e.recordId)).toEqual(['other']);
  });

  it('finds the last batch undo can revert, skipping undone batches and undos', async () => {
    const db = await seededDb();
    expect(await lastUndoableBatch(db, PLAN)).toBeUndefined();
    await updatePlan(db, PLAN, { status: 'in-progress' }, T1);
    await updateMeeting(db, WG, { place: fr('Salle A') }, T2);
    expect(await lastUndoableBatch(db, PLAN)).toMatchObject({ command: 'updateMeeting', at: T2.toISOString(), entries: [{ recordId: WG }] });
    await undoLast(db, PLAN);
    expect(await lastUndoableBatch(db, PLAN)).toMatchObject({ command: 'updatePlan', entries: [{ recordId: PLAN }] });
  });
});
