/*
 * Commands on the mandates of a resolution: add one (at the end), edit its text, responsible
 * bodies, status, "to be confirmed" flag and due date, move it, remove it (clearing citations of it).
 */
import { sortByOrder } from '../../domain/agenda.ts';
import type { Id, Mandate } from '../../domain/types.ts';
import { validateMandate, type MandateDraft } from '../../domain/validation.ts';
import type { QuorumDatabase } from '../database.ts';
import { mustGet, runCommand } from './context.ts';
import { assertUnchanged, assertValid } from './errors.ts';
import { newId } from './ids.ts';
import { applyPatch, dropBlank, type Patch } from './patch.ts';
import { detachReferences } from './references.ts';
import { moveInList, renumber, type MoveTo } from './reorder.ts';

export type MandatePatch = Patch<MandateDraft>;

const OPTIONAL = ['confirmationNote', 'dueDate'] as const;

export async function addMandate(db: QuorumDatabase, resolutionId: Id, draft: MandateDraft, now = new Date()): Promise<Mandate> {
  assertValid(validateMandate(draft));
  return runCommand(db, 'addMandate', now, async (ctx) => {
    const { planId } = await mustGet(db, 'resolutions', resolutionId);
    const last = (await siblingsOf(db, resolutionId)).at(-1);
    const mandate = dropBlank<Mandate>(
      {
        id: newId(planId, 'mandate'),
        planId,
        updatedAt: ctx.now,
        resolutionId,
        order: (last?.order ?? -1) + 1,
        text: draft.text,
        responsible: draft.responsible,
        status: draft.status,
        toBeConfirmed: draft.toBeConfirmed,
        confirmationNote: draft.confirmationNote,
        dueDate: draft.dueDate,
      },
      OPTIONAL,
    );
    return ctx.create('mandates', mandate);
  });
}

/** `base`: the mandate as the form opened it; a RecordChangedError when it changed since. */
export async function updateMandate(db: QuorumDatabase, id: Id, patch: MandatePatch, now = new Date(), base?: Mandate): Promise<Mandate> {
  return runCommand(db, 'updateMandate', now, async (ctx) => {
    const before = await mustGet(db, 'mandates', id);
    assertUnchanged('mandates', before, base);
    const after = dropBlank(applyPatch(before, patch), OPTIONAL);
    assertValid(validateMandate(after));
    return ctx.update('mandates', before, after);
  });
}

export async function moveMandate(db: QuorumDatabase, id: Id, to: MoveTo, now = new Date()): Promise<void> {
  return runCommand(db, 'moveMandate', now, async (ctx) => {
    const mandate = await mustGet(db, 'mandates', id);
    await renumber(ctx, 'mandates', moveInList(await siblingsOf(db, mandate.resolutionId), id, to));
  });
}

export async function removeMandate(db: QuorumDatabase, id: Id, now = new Date()): Promise<void> {
  return runCommand(db, 'removeMandate', now, async (ctx) => {
    const mandate = await mustGet(db, 'mandates', id);
    await ctx.remove('mandates', mandate);
    await renumber(ctx, 'mandates', await siblingsOf(db, mandate.resolutionId));
    await detachReferences(ctx, mandate.planId, new Set([id]));
  });
}

async function siblingsOf(db: QuorumDatabase, resolutionId: Id): Promise<Mandate[]> {
  return sortByOrder(await db.mandates.where({ resolutionId }).toArray());
}
