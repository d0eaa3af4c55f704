import { describe, expect, it } from 'vitest';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../../src/data/mispa-iii.ts';
import {
  createEmptyPlan,
  deletePlan,
  duplicatePlan,
  RecordNotFoundError,
  removeAgendaItem,
  restorePublishedPlan,
  setCurrentPlan,
  undoLast,
  updateMeeting,
  updatePlan,
  ValidationError,
  addMandate,
} from '../../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../../src/lib/db/database.ts';
import { historyOfPlan, historyOfRecord } from '../../../../src/lib/db/history.ts';
import { listPlans, loadCurrentPlan, loadPlanBundle } from '../../../../src/lib/db/queries.ts';
import { seedOnce } from '../../../../src/lib/db/seed.ts';
import { diffBundles } from '../../../../src/lib/domain/plan-diff.ts';
import { danglingReferences } from '../../bundle-checks.ts';
import { fr, makeBundle, makeMandate } from '../../factories.ts';
import { addBundle, dump, seededDb, T1, T2 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;

describe('updatePlan', () => {
  it('edits title, chair, time zone and status, stamps the plan and records the change', async () => {
    const db = await seededDb();
    const chair = { name: 'Ambassadrice Reyes', role: fr('Présidente') };
    const after = await updatePlan(db, PLAN, { title: fr('Nouveau titre'), chair, timeZone: 'America/Port_of_Spain', status: 'in-progress' }, T1);
    expect(await db.plans.get(PLAN)).toEqual(after);
    expect(after).toMatchObject({ title: fr('Nouveau titre'), chair, timeZone: 'America/Port_of_Spain', status: 'in-progress', updatedAt: T1.toISOString() });
    const [entry] = await historyOfRecord(db, PLAN, PLAN);
    expect(entry).toMatchObject({ planId: PLAN, command: 'updatePlan', op: 'update', table: 'plans', before: mispaIII.plan, after });
  });

  it('removes an optional field given null', async () => {
    const db = await seededDb();
    await updatePlan(db, PLAN, { chair: null }, T1);
    expect((await db.plans.get(PLAN))?.chair).toBeUndefined();
  });

  it('refuses invalid input and writes nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    const error = await updatePlan(db, PLAN, { title: fr(''), timeZone: 'Atlantis/Capital' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).errors).sort()).toEqual(['timeZone', 'title']);
    expect(await dump(db)).toEqual(before);
  });

  it('says when the plan does not exist', async () => {
    await expect(updatePlan(await seededDb(), 'nope', { status: 'draft' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('createEmptyPlan', () => {
  it('adds a draft plan with nothing in it, undoably', async () => {
    const db = await seededDb();
    const plan = await createEmptyPlan(db, { title: 'Plan 2025', timeZone: 'Europe/Paris', language: 'fr' }, T1);
    expect((await listPlans(db)).map((p) => p.id)).toEqual([PLAN, plan.id]);
    expect(plan).toMatchObject({ status: 'draft', title: fr('Plan 2025'), createdAt: T1.toISOString() });
    expect(await historyOfPlan(db, plan.id)).toMatchObject([{ command: 'createEmptyPlan', op: 'create', recordId: plan.id }]);
    await undoLast(db, plan.id);
    expect(await db.plans.get(plan.id)).toBeUndefined();
  });

  it('refuses an empty title or an unknown zone and writes nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    await expect(createEmptyPlan(db, { title: ' ', timeZone: 'UTC', language: 'fr' })).rejects.toBeInstanceOf(ValidationError);
    await expect(createEmptyPlan(db, { title: 'Plan', timeZone: 'Nowhere', language: 'fr' })).rejects.toBeInstanceOf(ValidationError);
    expect(await dump(db)).toEqual(before);
  });
});

describe('duplicatePlan', () => {
  it('makes a whole copy with new ids, in one batch', async () => {
    const db = await seededDb();
    const plan = await duplicatePlan(db, PLAN, fr('Copie de travail'), T1);
    const copy = (await loadPlanBundle(db, plan.id))!;
    expect(copy.plan.title).toEqual(fr('Copie de travail'));
    expect(copy.meetings).toHaveLength(mispaIII.meetings.length);
    expect(copy.agendaItems).toHaveLength(mispaIII.agendaItems.length);
    expect(copy.mandates.map((m) => m.text)).toEqual(mispaIII.mandates.map((m) => m.text));
    expect(danglingReferences(copy)).toEqual([]);
    expect(copy.meetings.some((m) => mispaIII.meetings.some((o) => o.id === m.id))).toBe(false);
    expect(new Set((await historyOfPlan(db, plan.id, 1000)).map((e) => e.batch)).size).toBe(1);
  });

  it('is independent: editing the copy leaves the original as it was', async () => {
    const db = await seededDb();
    const original = await loadPlanBundle(db, PLAN);
    const plan = await duplicatePlan(db, PLAN);
    const copy = (await loadPlanBundle(db, plan.id))!;
    await updateMeeting(db, copy.meetings[0]!.id, { startTime: '10:00' });
    await removeAgendaItem(db, copy.agendaItems[0]!.id);
    await updatePlan(db, plan.id, { status: 'archived' });
    expect(await loadPlanBundle(db, PLAN)).toEqual(original);
  });

  it('says when the source does not exist', async () => {
    await expect(duplicatePlan(await seededDb(), 'nope')).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('deletePlan', () => {
  it('removes the plan and all it owns, and nothing of another plan; undo brings it back', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('other'));
    const other = await loadPlanBundle(db, 'other');
    const before = (await loadPlanBundle(db, PLAN))!;
    await deletePlan(db, PLAN, T1);
    expect(await loadPlanBundle(db, PLAN)).toBeUndefined();
    expect(await db.meetings.where({ planId: PLAN }).count()).toBe(0);
    expect(await db.agendaItems.where({ planId: PLAN }).count()).toBe(0);
    expect(await loadPlanBundle(db, 'other')).toEqual(other);

    expect((await undoLast(db, PLAN, T2))?.command).toBe('deletePlan');
    const restored = (await loadPlanBundle(db, PLAN))!;
    expect(diffBundles(before, restored)).toEqual([]);
    expect(restored.meetings.map((m) => m.id)).toEqual(before.meetings.map((m) => m.id));
  });
});

describe('restorePublishedPlan (logged as restoreAdoptedPlan)', () => {
  async function editEverything(db: QuorumDatabase) {
    await updatePlan(db, PLAN, { status: 'completed' });
    await updateMeeting(db, mispaIII.meetings[0]!.id, { place: fr('Ailleurs') });
    await removeAgendaItem(db, mispaIII.agendaItems[0]!.id);
    await addMandate(db, mispaIII.resolutions[0]!.id, makeMandate());
  }

  it('puts the seeded plan back as published after edits, leaving another plan untouched', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('other'));
    const other = await loadPlanBundle(db, 'other');
    await editEverything(db);
    // The plan, a meeting, a removed item and the 5 renumbered after it, an added mandate.
    expect(diffBundles(mispaIII, (await loadPlanBundle(db, PLAN))!)).toHaveLength(9);
    await restorePublishedPlan(db, MISPA_III_SEED_KEY, mispaIII, T1);
    expect(diffBundles(mispaIII, (await loadPlanBundle(db, PLAN))!)).toEqual([]);
    expect(await loadPlanBundle(db, 'other')).toEqual(other);
  });

  it('brings the seeded plan back after it was deleted, without seeding it twice later', async () => {
    const db = await seededDb();
    await editEverything(db);
    await deletePlan(db, PLAN);
    await restorePublishedPlan(db, MISPA_III_SEED_KEY, mispaIII);
    expect(diffBundles(mispaIII, (await loadPlanBundle(db, PLAN))!)).toEqual([]);
    expect(await seedOnce(db, MISPA_III_SEED_KEY, mispaIII)).toBe('already-seeded');
  });

  it('marks the seed applied when it never was, and is itself undoable', async () => {
    const db = new QuorumDatabase();
    await restorePublishedPlan(db, MISPA_III_SEED_KEY, mispaIII);
    expect(await seedOnce(db, MISPA_III_SEED_KEY, mispaIII)).toBe('already-seeded');
    await undoLast(db, PLAN);
    expect(await db.plans.count()).toBe(0);
  });

  it('writes nothing when the plan is already as published, and refuses another seed’s bundle', async () => {
    const db = await seededDb();
    await restorePublishedPlan(db, MISPA_III_SEED_KEY, mispaIII);
    expect(await db.history.count()).toBe(0);
    await expect(restorePublishedPlan(db, 'other-seed', mispaIII)).rejects.toThrow();
  });
});

describe('setCurrentPlan and loadCurrentPlan', () => {
  it('shows the chosen plan, and the oldest when the chosen one is gone', async () => {
    const db = await seededDb();
    expect((await loadCurrentPlan(db))?.plan.id).toBe(PLAN);
    const plan = await createEmptyPlan(db, { title: 'Plan 2025', timeZone: 'UTC', language: 'fr' });
    await setCurrentPlan(db, plan.id);
    expect((await loadCurrentPlan(db))?.plan.id).toBe(plan.id);
    await deletePlan(db, plan.id);
    expect((await loadCurrentPlan(db))?.plan.id).toBe(PLAN);
  });

  it('refuses a plan that does not exist', async () => {
    const db = await seededDb();
    await expect(setCurrentPlan(db, 'nope')).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.meta.get('currentPlanId')).toBeUndefined();
  });
});
