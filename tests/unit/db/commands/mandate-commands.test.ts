import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import {
  addMandate,
  addResolution,
  moveMandate,
  removeMandate,
  removeResolution,
  undoLast,
  updateMandate,
  updateResolution,
  ValidationError,
} from '../../../../src/lib/db/commands/index.ts';
import { historyOfRecord } from '../../../../src/lib/db/history.ts';
import { loadPlanBundle } from '../../../../src/lib/db/queries.ts';
import { diffBundles } from '../../../../src/lib/domain/plan-diff.ts';
import { danglingReferences } from '../../bundle-checks.ts';
import { fr, makeMandate } from '../../factories.ts';
import { dump, seededDb, T1 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const RES = mispaIII.resolutions[0]!.id;
const M = (n: number) => `mispa-iii/m${n}`;
const mandateIds = async (db: Awaited<ReturnType<typeof seededDb>>) => (await loadPlanBundle(db, PLAN))!.mandates.map((m) => m.id);

describe('mandates', () => {
  it('adds a mandate at the end of its resolution’s', async () => {
    const db = await seededDb();
    const draft = makeMandate({ responsible: [fr('CSH'), fr('SSM')], toBeConfirmed: true, confirmationNote: fr('À vérifier') });
    const mandate = await addMandate(db, RES, draft, T1);
    expect(mandate).toMatchObject({ planId: PLAN, resolutionId: RES, order: 7, text: draft.text, responsible: draft.responsible, toBeConfirmed: true });
    expect(await historyOfRecord(db, PLAN, mandate.id)).toMatchObject([{ op: 'create', command: 'addMandate' }]);
  });

  it('edits text, responsible bodies, status and the "to be confirmed" flag', async () => {
    const db = await seededDb();
    const after = await updateMandate(
      db,
      M(5),
      {
        responsible: [fr('Commission sur la sécurité continentale')],
        status: 'done',
        toBeConfirmed: false,
        confirmationNote: null,
      },
      T1,
    );
    expect(await db.mandates.get(M(5))).toEqual(after);
    expect(after).toMatchObject({ status: 'done', toBeConfirmed: false, updatedAt: T1.toISOString() });
    expect(after.confirmationNote).toBeUndefined();
    const [entry] = await historyOfRecord(db, PLAN, M(5));
    expect(entry).toMatchObject({ op: 'update', before: mispaIII.mandates[4], after });
  });

  it('sets, changes and clears a due date, and refuses a date that does not exist', async () => {
    const db = await seededDb();
    expect((await updateMandate(db, M(2), { dueDate: '2011-10-20' }, T1)).dueDate).toBe('2011-10-20');
    const added = await addMandate(db, RES, { ...makeMandate(), dueDate: '2011-11-01' }, T1);
    expect(added.dueDate).toBe('2011-11-01');
    expect((await updateMandate(db, M(2), { dueDate: null }, T1)).dueDate).toBeUndefined();
    expect('dueDate' in (await db.mandates.get(M(2)))!).toBe(false);
    const before = await dump(db);
    const error = await updateMandate(db, M(2), { dueDate: '2011-02-30' }).catch((e: unknown) => e);
    expect((error as ValidationError).errors).toEqual({ dueDate: { key: 'validation.dateInvalid', params: { value: '2011-02-30' } } });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses an empty text or responsible body, writing nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    await expect(addMandate(db, RES, makeMandate({ text: fr('') }))).rejects.toBeInstanceOf(ValidationError);
    const error = await updateMandate(db, M(1), { responsible: [fr('')] }).catch((e: unknown) => e);
    expect((error as ValidationError).errors).toEqual({ 'responsible.0': { key: 'validation.required' } });
    expect(await dump(db)).toEqual(before);
  });

  it('moves a mandate and renumbers', async () => {
    const db = await seededDb();
    await moveMandate(db, M(7), 0);
    expect(await mandateIds(db)).toEqual([M(7), M(1), M(2), M(3), M(4), M(5), M(6)]);
    await moveMandate(db, M(7), 'down');
    expect(await mandateIds(db)).toEqual([M(1), M(7), M(2), M(3), M(4), M(5), M(6)]);
  });

  it('removes a mandate, renumbering the rest and dropping citations of it; undo restores', async () => {
    const db = await seededDb();
    const before = (await loadPlanBundle(db, PLAN))!;
    await removeMandate(db, M(2));
    const after = (await loadPlanBundle(db, PLAN))!;
    expect(after.mandates.map((m) => m.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(danglingReferences(after)).toEqual([]);
    expect((await db.documents.get('mispa-iii/doc-mispa-re-doc-4-09'))?.citedIn.map((c) => c.id)).not.toContain(M(2));
    await undoLast(db, PLAN);
    expect(diffBundles(before, (await loadPlanBundle(db, PLAN))!)).toEqual([]);
  });
});

describe('resolutions', () => {
  it('adds, edits and removes a resolution with its mandates', async () => {
    const db = await seededDb();
    const res = await addResolution(db, PLAN, { symbol: ' AG/RES. 2735 ', title: fr('Suivi'), sectionId: 'mispa-iii/s3' });
    expect(res).toMatchObject({ order: 1, symbol: 'AG/RES. 2735', sectionId: 'mispa-iii/s3' });
    await addMandate(db, res.id, makeMandate());
    expect((await updateResolution(db, res.id, { note: fr('Numéro à vérifier'), sectionId: null })).sectionId).toBeUndefined();
    await removeResolution(db, RES);
    expect(await db.mandates.where({ resolutionId: RES }).count()).toBe(0);
    expect((await db.resolutions.get(res.id))?.order).toBe(0);
    expect(danglingReferences((await loadPlanBundle(db, PLAN))!)).toEqual([]);
  });

  it('refuses a section of no plan', async () => {
    const db = await seededDb();
    await expect(addResolution(db, PLAN, { symbol: 'X', title: fr('Y'), sectionId: 'nope' })).rejects.toBeInstanceOf(ValidationError);
  });
});
