/*
 * An import never replaces a change made after its preview: the preview notes each plan's last
 * history entry, and the apply, in its transaction, refuses when one moved (an edit in another
 * tab, an undo, another import), writing nothing; a new preview then shows the change.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { undoLast, updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { applyImport, PreviewOutdatedError } from '../../../src/lib/plan-files/apply-store.ts';
import { previewImport, type UpdatePreview } from '../../../src/lib/plan-files/preview-store.ts';
import { fr, makeBundle, makePlanFile } from '../factories.ts';
import { seededDb, T1, T2, T3 } from '../db/db-helpers.ts';
import { snapshot } from './transfer-helpers.ts';
import { secretariatUpdate, WG } from './update-fixture.ts';

const PLAN = mispaIII.plan.id;

describe('applyImport after its preview', () => {
  it('refuses, writing nothing, when the plan was edited after the preview; a new preview shows the edit', async () => {
    const db = await seededDb();
    const file = makePlanFile([{ bundle: secretariatUpdate().bundle }]);
    const preview = await previewImport(db, file);
    // Another tab edits a meeting between the preview and "Import".
    const edited = await updateMeeting(db, WG[0]!.id, { place: fr('Salle Simón Bolívar') }, T1);
    const before = await snapshot(db);

    const error = await applyImport(db, file, { seenHistory: preview.seenHistory }, T2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewOutdatedError);
    expect((error as PreviewOutdatedError).planIds).toEqual([PLAN]);
    expect(await snapshot(db)).toBe(before);
    expect(await db.meetings.get(WG[0]!.id)).toEqual(edited);

    const again = await previewImport(db, file);
    const conflict = (again.plans[0] as UpdatePreview).conflicts.find((c) => c.id === WG[0]!.id);
    expect(conflict?.local).toEqual(edited);
    await applyImport(db, file, { seenHistory: again.seenHistory }, T3);
    expect((await db.meetings.get(WG[0]!.id))?.place).toBeUndefined();
  });

  it('refuses after an undo, or another import of a plan the preview showed as new', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG[1]!.id, { startTime: '09:30' }, T1);
    const update = makePlanFile([{ bundle: secretariatUpdate().bundle }]);
    const seen = (await previewImport(db, update)).seenHistory;
    await undoLast(db, PLAN, T2);
    await expect(applyImport(db, update, { seenHistory: seen }, T3)).rejects.toBeInstanceOf(PreviewOutdatedError);

    const other = makePlanFile([{ bundle: makeBundle('plan-2') }]);
    const fresh = (await previewImport(db, other)).seenHistory;
    expect(fresh).toEqual({ 'plan-2': 0 });
    await applyImport(db, other, {}, T2);
    const before = await snapshot(db);
    await expect(applyImport(db, other, { seenHistory: fresh }, T3)).rejects.toBeInstanceOf(PreviewOutdatedError);
    expect(await snapshot(db)).toBe(before);
  });

  it('applies when nothing changed since the preview, whatever changed in other plans', async () => {
    const db = await seededDb();
    await applyImport(db, makePlanFile([{ bundle: makeBundle('plan-2') }]), {}, T1);
    const file = makePlanFile([{ bundle: secretariatUpdate().bundle }]);
    const preview = await previewImport(db, file);
    await applyImport(db, makePlanFile([{ bundle: { ...makeBundle('plan-2'), plan: { ...makeBundle('plan-2').plan, title: fr('Autre') } } }]), {}, T2);
    const summary = await applyImport(db, file, { seenHistory: preview.seenHistory }, T3);
    expect(summary.plans.map((p) => p.kind)).toEqual(['update']);
  });
});
