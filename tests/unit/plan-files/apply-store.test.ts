import { describe, expect, it } from 'vitest';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import { undoLast, updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { historyOfPlan } from '../../../src/lib/db/history.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import { classifyStorageError } from '../../../src/lib/db/storage-errors.ts';
import { diffBundles } from '../../../src/lib/domain/plan-diff.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { applyImport, IMPORT_COMMAND, ImportRefusedError } from '../../../src/lib/plan-files/apply-store.ts';
import { importKey } from '../../../src/lib/plan-files/local-store.ts';
import { fr, makeBundle, makePlanFile } from '../factories.ts';
import { addBundle, seededDb, T1, T2, T3 } from '../db/db-helpers.ts';
import { dbFailingOn, snapshot } from './transfer-helpers.ts';
import { secretariatUpdate, WG } from './update-fixture.ts';

const PLAN = mispaIII.plan.id;

describe('applyImport', () => {
  it('makes the plan exactly the file’s and records the changes as one undoable batch', async () => {
    const db = await seededDb();
    const { bundle, addedItem } = secretariatUpdate();
    const summary = await applyImport(db, makePlanFile([{ bundle }]), {}, T1);
    expect(summary.plans).toEqual([{ planId: PLAN, kind: 'update', created: 1, updated: 2, removed: 0, historyImported: 0, batch: expect.any(String) }]);
    expect(await loadPlanBundle(db, PLAN)).toEqual(await loadPlanBundle(await planDb(bundle), PLAN));
    expect(await db.agendaItems.get(addedItem.id)).toEqual(addedItem);
    const entries = await historyOfPlan(db, PLAN);
    expect(entries.every((e) => e.command === IMPORT_COMMAND && e.batch === summary.plans[0]!.batch)).toBe(true);
    expect(entries.map((e) => `${e.op} ${e.table}`).sort()).toEqual(['create agendaItems', 'update meetings', 'update sections']);
    expect(await db.meta.get(importKey(PLAN))).toEqual({
      key: importKey(PLAN),
      value: { at: T1.toISOString(), historySeq: entries[0]!.seq, exportedAt: makePlanFile().exportedAt },
    });
    await undoLast(db, PLAN, T2);
    expect(diffBundles(mispaIII, (await loadPlanBundle(db, PLAN))!)).toEqual([]);
  });

  it('leaves everything as it was when the last write fails for lack of space', async () => {
    const db = dbFailingOn(
      (table, req) => table === 'meta' && req.type === 'put' && req.values.some((v) => String((v as { key: unknown }).key).startsWith('import:')),
    );
    await seededDb(db);
    await updateMeeting(db, WG[1]!.id, { startTime: '09:30' }, T1);
    const before = await snapshot(db);
    const error = await applyImport(db, makePlanFile([{ bundle: secretariatUpdate().bundle }, { bundle: makeBundle('plan-2') }]), {}, T2).catch(
      (e: unknown) => e,
    );
    expect(classifyStorageError(error)).toBe('quota');
    expect(await snapshot(db)).toBe(before);
  });

  it('keeps the records the user chose to keep, and takes the file’s for the rest', async () => {
    const db = await seededDb();
    const mine = await updateMeeting(db, WG[0]!.id, { place: fr('Salle Simón Bolívar') }, T1);
    await applyImport(db, makePlanFile([{ bundle: secretariatUpdate().bundle }]), { keepLocal: [{ table: 'meetings', id: WG[0]!.id }] }, T2);
    expect(await db.meetings.get(WG[0]!.id)).toEqual(mine);
    expect(await db.agendaItems.get(secretariatUpdate().addedItem.id)).toBeDefined();
  });

  it('refuses a choice that would leave a reference dangling, and writes nothing', async () => {
    const db = await seededDb();
    const before = await snapshot(db);
    const { bundle } = secretariatUpdate();
    const withoutMeeting = {
      ...bundle,
      meetings: bundle.meetings.filter((m) => m.id !== WG[1]!.id),
      agendaItems: bundle.agendaItems.filter((a) => a.meetingId !== WG[1]!.id),
    };
    const keep = mispaIII.agendaItems
      .filter((a) => a.meetingId === WG[1]!.id)
      .slice(0, 1)
      .map((a) => ({ table: 'agendaItems' as const, id: a.id }));
    const error = await applyImport(db, makePlanFile([{ bundle: withoutMeeting }]), { keepLocal: keep }, T1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).problems[0]).toMatchObject({ key: 'file.referenceUnknown', params: { id: WG[1]!.id } });
    expect(await snapshot(db)).toBe(before);
  });

  it('applies only the plans chosen', async () => {
    const db = await seededDb();
    const summary = await applyImport(db, makePlanFile([{ bundle: makeBundle('plan-2') }, { bundle: makeBundle('plan-3') }]), { planIds: ['plan-3'] }, T1);
    expect(summary.plans.map((p) => p.planId)).toEqual(['plan-3']);
    expect(await db.plans.get('plan-2')).toBeUndefined();
    expect(await loadPlanBundle(db, 'plan-3')).toEqual(await loadPlanBundle(await planDb(makeBundle('plan-3')), 'plan-3'));
  });

  it('keeps a meeting’s calendar SEQUENCE rising over the one here when its schedule changes', async () => {
    const db = await seededDb();
    const local = await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T1);
    expect(local.sequence).toBe(WG[0]!.sequence + 1);
    await applyImport(db, makePlanFile([{ bundle: secretariatUpdate().bundle }]), {}, T2);
    expect((await db.meetings.get(WG[0]!.id))?.sequence).toBe(local.sequence + 1);
    await applyImport(db, makePlanFile([{ bundle: mispaIII }]), {}, T3);
    expect((await db.meetings.get(WG[1]!.id))?.sequence).toBe(WG[1]!.sequence);
  });

  it('marks an imported seeded plan as seeded, so starting the app never adds it a second time', async () => {
    const db = new QuorumDatabase();
    await applyImport(db, makePlanFile([{ bundle: mispaIII }]), {}, T1);
    expect(await seedOnce(db, MISPA_III_SEED_KEY, mispaIII)).toBe('already-seeded');
  });
});

/** A database holding only `bundle`: what "the plan as the file has it" reads back as. */
async function planDb(bundle: PlanBundle): Promise<QuorumDatabase> {
  const db = new QuorumDatabase(`expected-${bundle.plan.id}`);
  await addBundle(db, bundle);
  return db;
}
