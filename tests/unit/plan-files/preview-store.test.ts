import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { addAgendaItem, undoLast, updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { diffBundles } from '../../../src/lib/domain/plan-diff.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { applyImport } from '../../../src/lib/plan-files/apply-store.ts';
import { COMPARE_SLICE, previewImport, type UpdatePreview } from '../../../src/lib/plan-files/preview-store.ts';
import type { Progress } from '../../../src/lib/plan-files/progress.ts';
import { exportPlans } from '../../../src/lib/plan-files/export-store.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { fr, makeAgendaItem, makeBundle, makePlanFile } from '../factories.ts';
import { addBundle, seededDb, T1, T2, T3 } from '../db/db-helpers.ts';
import { secretariatUpdate, WG } from './update-fixture.ts';

async function previewOf(db: Awaited<ReturnType<typeof seededDb>>, bundle: PlanBundle) {
  return previewImport(db, makePlanFile([{ bundle }]));
}

function update(preview: Awaited<ReturnType<typeof previewImport>>): UpdatePreview {
  const plan = preview.plans[0]!;
  if (plan.kind !== 'update') throw new Error(`expected an update, got ${plan.kind}`);
  return plan;
}

describe('previewImport', () => {
  it('shows a plan not on this device as new, with what it holds', async () => {
    const db = await seededDb();
    const preview = await previewOf(db, makeBundle('plan-2'));
    expect(preview).toMatchObject({ canApply: true, problems: [], unverified: false });
    expect(preview.plans).toEqual([
      {
        kind: 'new',
        index: 0,
        plan: makeBundle('plan-2').plan,
        historyEntries: 0,
        // Not read from bytes (no signature check): a plain file.
        trust: { kind: 'unsigned' },
        counts: { sections: 3, resolutions: 1, mandates: 1, meetings: 1, agendaItems: 2, documents: 1, milestones: 1 },
      },
    ]);
  });

  it('shows a file of the plan as it is here as changing nothing', async () => {
    const db = await seededDb();
    const { text } = await exportPlans(db, [mispaIII.plan.id], T1);
    const read = await readPlanFile(text);
    const plan = update(await previewImport(db, read.ok ? read.file : makePlanFile()));
    expect(plan).toMatchObject({ changes: [], schedule: [], texts: [], conflicts: [] });
  });

  it('lists the meeting moved, the item added and the text edited, with the schedule change apart', async () => {
    const db = await seededDb();
    const { bundle, movedTo, addedItem, paragraph } = secretariatUpdate();
    const plan = update(await previewOf(db, bundle));
    expect(plan.schedule).toEqual([
      {
        meetingId: WG[0]!.id,
        kind: 'changed',
        before: WG[0],
        after: expect.objectContaining({ startDate: movedTo }),
        fields: [{ field: 'startDate', before: WG[0]!.startDate, after: movedTo }],
      },
    ]);
    expect(plan.changes).toContainEqual({ kind: 'added', table: 'agendaItems', id: addedItem.id, after: addedItem });
    expect(plan.texts).toEqual([{ ...paragraph, kind: 'changed' }]);
    expect(plan.changes.map((c) => `${c.kind} ${c.table}`).sort()).toEqual(['added agendaItems', 'changed meetings', 'changed sections']);
    expect(plan.conflicts).toEqual([]);
  });

  it('flags as conflicts the user’s own edits the file would overwrite, and only those', async () => {
    const db = await seededDb();
    const edited = await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T1);
    const placed = await updateMeeting(db, WG[2]!.id, { place: fr('Salle Simón Bolívar') }, T2);
    const { bundle } = secretariatUpdate();
    const plan = update(await previewOf(db, bundle));
    expect(plan.conflicts.map((c) => c.id).sort()).toEqual([WG[0]!.id, WG[2]!.id].sort());
    const conflict = plan.conflicts.find((c) => c.id === WG[2]!.id);
    expect(conflict).toEqual({ table: 'meetings', id: WG[2]!.id, base: WG[2], local: placed, incoming: WG[2], editedAt: T2.toISOString() });
    expect(plan.conflicts.find((c) => c.id === WG[0]!.id)?.local).toEqual(edited);
    expect(plan.schedule.map((s) => s.meetingId).sort()).toEqual([WG[0]!.id, WG[2]!.id].sort());
  });

  it('does not count an edit the user undid, nor edits made before the last import', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG[1]!.id, { startTime: '15:00' }, T1);
    await undoLast(db, mispaIII.plan.id, T1);
    await updateMeeting(db, WG[2]!.id, { place: fr('Salle A') }, T1);
    await applyImport(db, makePlanFile([{ bundle: mispaIII }]), {}, T2);
    await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T3);
    const plan = update(await previewOf(db, secretariatUpdate().bundle));
    expect(plan.conflicts.map((c) => c.id)).toEqual([WG[0]!.id]);
    expect(plan.lastImportAt).toBe(T2.toISOString());
  });

  it('flags a record the user added that the file would remove', async () => {
    const db = await seededDb();
    const mine = await addAgendaItem(db, WG[0]!.id, fr('Point ajouté par ma délégation'), T1);
    const plan = update(await previewOf(db, mispaIII));
    expect(plan.changes).toContainEqual({ kind: 'removed', table: 'agendaItems', id: mine.id, before: mine });
    expect(plan.conflicts).toEqual([{ table: 'agendaItems', id: mine.id, base: undefined, local: mine, incoming: undefined, editedAt: T1.toISOString() }]);
  });

  it('cannot apply a file whose records belong to another plan here', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('plan-1'));
    const intruder = makeBundle('plan-2');
    intruder.meetings[0] = { ...intruder.meetings[0]!, id: 'plan-1/wg' };
    intruder.agendaItems = [];
    intruder.documents = [];
    const preview = await previewOf(db, intruder);
    expect(preview.canApply).toBe(false);
    expect(preview.problems).toEqual([{ path: 'plans[0].bundle.meetings[0].id', key: 'file.idTakenByOtherPlan', params: { id: 'plan-1/wg' } }]);
  });
});

describe('previewImport of a large update', () => {
  it('compares the records a slice per task, counting them, so the page can render between two slices', async () => {
    const db = await seededDb();
    const added = Array.from({ length: 2 * COMPARE_SLICE + 500 }, (_, k) =>
      makeAgendaItem({ id: `${WG[0]!.id}/extra-${k}`, meetingId: WG[0]!.id, order: 100 + k }),
    );
    const incoming = { ...mispaIII, agendaItems: [...mispaIII.agendaItems, ...added] };
    // A timer set at each report of the comparison must have run before the next report: the
    // preview handed the thread back (setTimeout, as nextTask does) between two slices.
    let timersRun = 0;
    const seen: { progress: Progress; timersRun: number }[] = [];
    const onProgress = (progress: Progress) => {
      seen.push({ progress, timersRun });
      setTimeout(() => timersRun++, 0);
    };
    const plan = update(await previewImport(db, makePlanFile([{ bundle: incoming }]), onProgress));

    expect(plan.changes).toEqual(diffBundles(mispaIII, incoming));
    expect(seen.every((s) => s.progress.step === 'comparing')).toBe(true);
    expect(seen.map((s) => s.timersRun)).toEqual(seen.map((_, k) => k));
    const done = seen.map((s) => s.progress.done!);
    const total = seen[0]!.progress.total!;
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(total);
    expect(total).toBeGreaterThan(added.length);
    expect(done.slice(1).every((d, k) => d - done[k]! > 0 && d - done[k]! <= COMPARE_SLICE)).toBe(true);
    expect(done.length).toBeGreaterThan(3);
  });
});
