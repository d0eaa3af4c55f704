/*
 * Commands on the resolutions a plan follows up, the parents of its mandates: a new plan needs
 * one before it can hold mandates. Removing a resolution removes its mandates and every
 * reference to them, in one batch.
 */
import { sortByOrder } from '../../domain/agenda.ts';
import type { Id, Resolution } from '../../domain/types.ts';
import { validateResolution, type ResolutionDraft } from '../../domain/validation.ts';
import type { QuorumDatabase } from '../database.ts';
import { mustGet, runCommand } from './context.ts';
import { assertUnchanged, assertValid } from './errors.ts';
import { newId } from './ids.ts';
import { applyPatch, dropBlank, type Patch } from './patch.ts';
import { assertInPlan, detachReferences } from './references.ts';
import { renumber } from './reorder.ts';

export type ResolutionPatch = Patch<Pick<Resolution, 'symbol' | 'title' | 'note' | 'sectionId'>>;

export async function addResolution(db: QuorumDatabase, planId: Id, draft: ResolutionDraft & { sectionId?: Id }, now = new Date()): Promise<Resolution> {
  assertValid(validateResolution(draft));
  return runCommand(db, 'addResolution', now, async (ctx) => {
    await mustGet(db, 'plans', planId);
    await assertInPlan(db, 'sections', draft.sectionId, planId, 'sectionId');
    const last = sortByOrder(await db.resolutions.where({ planId }).toArray()).at(-1);
    const resolution = dropBlank<Resolution>(
      {
        id: newId(planId, 'resolution'),
        planId,
        updatedAt: ctx.now,
        order: (last?.order ?? -1) + 1,
        symbol: draft.symbol.trim(),
        title: draft.title,
        note: draft.note,
        sectionId: draft.sectionId,
      },
      ['note', 'sectionId'],
    );
    return ctx.create('resolutions', resolution);
  });
}

/** `base`: the resolution as the form opened it; a RecordChangedError when it changed since. */
export async function updateResolution(db: QuorumDatabase, id: Id, patch: ResolutionPatch, now = new Date(), base?: Resolution): Promise<Resolution> {
  return runCommand(db, 'updateResolution', now, async (ctx) => {
    const before = await mustGet(db, 'resolutions', id);
    assertUnchanged('resolutions', before, base);
    const after = dropBlank(applyPatch(before, patch), ['note', 'sectionId']);
    assertValid(validateResolution(after));
    await assertInPlan(db, 'sections', after.sectionId, after.planId, 'sectionId');
    return ctx.update('resolutions', before, { ...after, symbol: after.symbol.trim() });
  });
}

export async function removeResolution(db: QuorumDatabase, id: Id, now = new Date()): Promise<void> {
  return runCommand(db, 'removeResolution', now, async (ctx) => {
    const resolution = await mustGet(db, 'resolutions', id);
    const mandates = await db.mandates.where({ resolutionId: id }).toArray();
    for (const m of mandates) await ctx.remove('mandates', m);
    await ctx.remove('resolutions', resolution);
    const { planId } = resolution;
    await renumber(ctx, 'resolutions', sortByOrder(await db.resolutions.where({ planId }).toArray()));
    await detachReferences(ctx, planId, new Set([id, ...mandates.map((m) => m.id)]));
  });
}
