/*
 * Commands on whole plans: edit a plan's own fields, create an empty plan, duplicate one as
 * the start of another, delete one (undoable: its history is kept), put the seeded default
 * plan back as published, remember which plan the app shows, and switch a plan's organiser
 * mode (db/plan-mode.ts). A plan the user creates or duplicates is theirs to edit: it starts in
 * organiser mode, set in the same transaction before its records are written.
 */
import { copyBundle, emptyBundle } from '../../domain/plan-copy.ts';
import type { Id, LanguageTag, LocalizedText, Plan, PlanBundle, TimeZoneId } from '../../domain/types.ts';
import { validatePlan } from '../../domain/validation.ts';
import type { QuorumDatabase } from '../database.ts';
import { CURRENT_PLAN_KEY, loadPlanBundle } from '../queries.ts';
import { planModeKey, type PlanMode } from '../plan-mode.ts';
import { seedMetaKey } from '../seed-key.ts';
import { mustGet, runCommand } from './context.ts';
import { assertUnchanged, assertValid, RecordNotFoundError } from './errors.ts';
import { newId, newPlanId } from './ids.ts';
import { applyPatch, dropBlank, type Patch } from './patch.ts';
import { syncPlan } from './plan-sync.ts';

export type PlanPatch = Patch<Pick<Plan, 'title' | 'shortTitle' | 'body' | 'language' | 'timeZone' | 'status' | 'chair'>>;
export type NewPlan = { title: string; timeZone: TimeZoneId; language: LanguageTag };

/** `base`: the plan as the form opened it; a RecordChangedError when it changed since. */
export async function updatePlan(db: QuorumDatabase, planId: Id, patch: PlanPatch, now = new Date(), base?: Plan): Promise<Plan> {
  return runCommand(db, 'updatePlan', now, async (ctx) => {
    const before = await mustGet(db, 'plans', planId);
    assertUnchanged('plans', before, base);
    const after = applyPatch(before, patch);
    if (after.chair) after.chair = dropBlank(after.chair, ['role']);
    assertValid(validatePlan(after));
    return ctx.update('plans', before, after);
  });
}

export async function createEmptyPlan(db: QuorumDatabase, draft: NewPlan, now = new Date()): Promise<Plan> {
  const { plan, ...rest } = emptyBundle(newPlanId(), draft.title.trim(), draft.timeZone, draft.language, now.toISOString());
  assertValid(validatePlan(plan));
  return runCommand(db, 'createEmptyPlan', now, async (ctx) => {
    await db.meta.put({ key: planModeKey(plan.id), value: 'organiser' });
    await syncPlan(ctx, undefined, { plan, ...rest });
    return plan;
  });
}

/** A copy of plan `sourceId` with new ids throughout, titled `title` when given. */
export async function duplicatePlan(db: QuorumDatabase, sourceId: Id, title?: LocalizedText, now = new Date()): Promise<Plan> {
  return runCommand(db, 'duplicatePlan', now, async (ctx) => {
    const source = await loadPlanBundle(db, sourceId);
    if (!source) throw new RecordNotFoundError('plans', sourceId);
    const planId = newPlanId();
    const copy = copyBundle(source, planId, ctx.now, (kind) => newId(planId, kind));
    if (title) copy.plan = { ...copy.plan, title };
    assertValid(validatePlan(copy.plan));
    await db.meta.put({ key: planModeKey(planId), value: 'organiser' });
    await syncPlan(ctx, undefined, copy);
    return copy.plan;
  });
}

/**
 * Deletes a plan and everything it owns, as one batch: `undoLast(db, planId)` brings it back.
 * In reading mode too: removing a plan from this device is not an edit of it. Its mode is
 * kept, so that undo brings it back as it was.
 */
export async function deletePlan(db: QuorumDatabase, planId: Id, now = new Date()): Promise<void> {
  return runCommand(
    db,
    'deletePlan',
    now,
    async (ctx) => {
      const current = await loadPlanBundle(db, planId);
      if (!current) throw new RecordNotFoundError('plans', planId);
      await syncPlan(ctx, current, undefined);
    },
    { anyMode: true },
  );
}

/**
 * Puts the plan seeded from `seedKey` back exactly as `published` (even after it was deleted),
 * touching no other plan. Undoable like any command. Its history keeps the command name it
 * had when the plan was called "adopted": entries already stored name it so.
 * In reading mode too: it puts back the plan as published, not an edit of the user's own.
 */
export async function restorePublishedPlan(db: QuorumDatabase, seedKey: string, published: PlanBundle, now = new Date()): Promise<void> {
  if (published.plan.seedKey !== seedKey) throw new Error(`The bundle given is not the seed "${seedKey}"`);
  return runCommand(
    db,
    'restoreAdoptedPlan',
    now,
    async (ctx) => {
      await syncPlan(ctx, await loadPlanBundle(db, published.plan.id), published);
      // Mark the seed applied, so a later start never seeds it a second time.
      const key = seedMetaKey(seedKey);
      if (!(await db.meta.get(key))) await db.meta.put({ key, value: { planId: published.plan.id, at: ctx.now } });
    },
    { anyMode: true },
  );
}

/** Remembers the plan the app shows (app state, not a change to a plan: no history). */
export async function setCurrentPlan(db: QuorumDatabase, planId: Id): Promise<void> {
  await db.transaction('rw', [db.plans, db.meta], async () => {
    await mustGet(db, 'plans', planId);
    await db.meta.put({ key: CURRENT_PLAN_KEY, value: planId });
  });
}

/**
 * Switches organiser mode on or off for one plan on this device: the user's choice, not an
 * edit of the plan (no history, no undo). Reading mode removes the key, the default.
 */
export async function setPlanMode(db: QuorumDatabase, planId: Id, mode: PlanMode): Promise<void> {
  await db.transaction('rw', [db.plans, db.meta], async () => {
    await mustGet(db, 'plans', planId);
    if (mode === 'organiser') await db.meta.put({ key: planModeKey(planId), value: mode });
    else await db.meta.delete(planModeKey(planId));
  });
}
