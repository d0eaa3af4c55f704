import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import {
  addParagraph,
  addSection,
  moveParagraph,
  moveSection,
  RecordNotFoundError,
  removeParagraph,
  removeSection,
  undoLast,
  updateParagraph,
  updateSection,
  ValidationError,
} from '../../../../src/lib/db/commands/index.ts';
import { historyOfRecord } from '../../../../src/lib/db/history.ts';
import { loadPlanBundle } from '../../../../src/lib/db/queries.ts';
import { diffBundles } from '../../../../src/lib/domain/plan-diff.ts';
import { danglingReferences } from '../../bundle-checks.ts';
import { fr, makeBundle } from '../../factories.ts';
import { addBundle, dump, seededDb, T1 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const [S1, S1_1, S1_2, S2] = ['mispa-iii/s1', 'mispa-iii/s1.1', 'mispa-iii/s1.2', 'mispa-iii/s2'];
const topLevel = async (db: Awaited<ReturnType<typeof seededDb>>) =>
  (await loadPlanBundle(db, PLAN))!.sections.filter((s) => s.parentId === null).map((s) => s.id);

describe('sections', () => {
  it('adds a section at the end of its parent’s, with its history entry', async () => {
    const db = await seededDb();
    const section = await addSection(db, PLAN, { heading: fr('V. ANNEXES'), number: 'V' }, T1);
    expect(section).toMatchObject({ planId: PLAN, parentId: null, order: 4, paragraphs: [], updatedAt: T1.toISOString() });
    expect(section.id.startsWith(`${PLAN}/section-`)).toBe(true);
    expect(await historyOfRecord(db, PLAN, section.id)).toMatchObject([{ op: 'create', command: 'addSection', after: section }]);
    const sub = await addSection(db, PLAN, { heading: fr('MISPA-III'), parentId: S1, number: '' });
    expect(sub).toMatchObject({ parentId: S1, order: 2 });
    expect(sub.number).toBeUndefined();
  });

  it('refuses an empty heading or a parent from another plan, writing nothing', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('other'));
    const before = await dump(db);
    await expect(addSection(db, PLAN, { heading: fr(' ') })).rejects.toBeInstanceOf(ValidationError);
    const error = await addSection(db, PLAN, { heading: fr('X'), parentId: 'other/s1' }).catch((e: unknown) => e);
    expect((error as ValidationError).errors).toEqual({ parentId: { key: 'validation.referenceUnknown' } });
    await expect(updateSection(db, S2, { heading: fr('') })).rejects.toBeInstanceOf(ValidationError);
    expect(await dump(db)).toEqual(before);
  });

  it('edits a heading and removes a number given null', async () => {
    const db = await seededDb();
    const after = await updateSection(db, S2, { heading: fr('MANDATS'), number: null }, T1);
    expect(await db.sections.get(S2)).toEqual(after);
    expect(after.heading).toEqual(fr('MANDATS'));
    expect(after.number).toBeUndefined();
  });

  it('moves a section among its siblings only, renumbering them', async () => {
    const db = await seededDb();
    await moveSection(db, S2, 'up');
    expect(await topLevel(db)).toEqual([S2, S1, 'mispa-iii/s3', 'mispa-iii/s4']);
    await moveSection(db, S2, 3);
    expect(await topLevel(db)).toEqual([S1, 'mispa-iii/s3', 'mispa-iii/s4', S2]);
    expect((await loadPlanBundle(db, PLAN))!.sections.filter((s) => s.parentId === null).map((s) => s.order)).toEqual([0, 1, 2, 3]);
    await moveSection(db, S1_2, 'up');
    expect((await db.sections.get(S1_2))?.order).toBe(0);
  });

  it('removes a section with its subsections and every link to them; undo puts all back', async () => {
    const db = await seededDb();
    const before = (await loadPlanBundle(db, PLAN))!;
    await removeSection(db, S1);
    const after = (await loadPlanBundle(db, PLAN))!;
    expect(after.sections.map((s) => s.id)).not.toContain(S1_1);
    expect(after.sections.some((s) => [S1, S1_1, S1_2].includes(s.id))).toBe(false);
    expect(await topLevel(db)).toEqual([S2, 'mispa-iii/s3', 'mispa-iii/s4']);
    expect((await db.sections.get(S2))?.order).toBe(0);
    expect(danglingReferences(after)).toEqual([]);
    expect((await db.meetings.get('mispa-iii/mtg-mispa-i'))?.sourceSectionId).toBeUndefined();
    expect((await db.documents.get('mispa-iii/doc-cp-res-934'))?.citedIn).toEqual([{ kind: 'milestone', id: 'mispa-iii/ms-2008-04-14-cp-res-934' }]);
    await undoLast(db, PLAN);
    expect(diffBundles(before, (await loadPlanBundle(db, PLAN))!)).toEqual([]);
  });
});

describe('paragraphs', () => {
  const paragraphIds = async (db: Awaited<ReturnType<typeof seededDb>>) => (await db.sections.get(S2))!.paragraphs.map((p) => p.id);

  it('adds at the end or at an index, edits, moves and removes', async () => {
    const db = await seededDb();
    const original = await paragraphIds(db);
    const last = await addParagraph(db, S2, fr('Dernier paragraphe.'), undefined, T1);
    const first = await addParagraph(db, S2, fr('Premier paragraphe.'), 0);
    expect(await paragraphIds(db)).toEqual([first.id, ...original, last.id]);
    await updateParagraph(db, S2, first.id, fr('Premier, revu.'));
    expect((await db.sections.get(S2))!.paragraphs[0]).toEqual({ id: first.id, text: fr('Premier, revu.') });
    await moveParagraph(db, S2, first.id, 'down');
    expect((await paragraphIds(db)).slice(0, 2)).toEqual([original[0], first.id]);
    await removeParagraph(db, S2, first.id);
    await removeParagraph(db, S2, last.id);
    expect(await paragraphIds(db)).toEqual(original);
    expect((await historyOfRecord(db, PLAN, S2)).map((e) => e.command)).toEqual([
      'removeParagraph',
      'removeParagraph',
      'moveParagraph',
      'updateParagraph',
      'addParagraph',
      'addParagraph',
    ]);
  });

  it('refuses empty or too long text and unknown paragraphs, writing nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    await expect(addParagraph(db, S2, fr(''))).rejects.toBeInstanceOf(ValidationError);
    await expect(updateParagraph(db, S2, `${S2}/p1`, fr('x'.repeat(10_001)))).rejects.toBeInstanceOf(ValidationError);
    await expect(removeParagraph(db, S2, 'nope')).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(addParagraph(db, 'nope', fr('Texte'))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await dump(db)).toEqual(before);
  });
});
