import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import { addDocumentRef, removeDocumentRef, undoLast, updateDocumentRef, ValidationError } from '../../../../src/lib/db/commands/index.ts';
import { historyOfRecord } from '../../../../src/lib/db/history.ts';
import { fr, makeBundle } from '../../factories.ts';
import { addBundle, dump, seededDb, T1 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const DOC = mispaIII.documents[0]!;

describe('document references', () => {
  it('adds a document cited in records of the plan', async () => {
    const db = await seededDb();
    const citedIn = [
      { kind: 'mandate' as const, id: 'mispa-iii/m3' },
      { kind: 'meeting' as const, id: 'mispa-iii/wg-2011-09-22' },
    ];
    const doc = await addDocumentRef(db, PLAN, { symbol: ' CP/doc. 4567/11 ', title: fr('Rapport'), citedIn }, T1);
    expect(await db.documents.get(doc.id)).toEqual({
      id: doc.id,
      planId: PLAN,
      updatedAt: T1.toISOString(),
      symbol: 'CP/doc. 4567/11',
      title: fr('Rapport'),
      citedIn,
    });
    expect(await historyOfRecord(db, PLAN, doc.id)).toMatchObject([{ op: 'create', command: 'addDocumentRef' }]);
  });

  it('refuses a citation of a record that does not exist or is another plan’s, writing nothing', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('other'));
    const before = await dump(db);
    const citedIn = [
      { kind: 'section' as const, id: 'mispa-iii/s1' },
      { kind: 'section' as const, id: 'other/s1' },
      { kind: 'meeting' as const, id: 'nope' },
    ];
    const error = await addDocumentRef(db, PLAN, { symbol: 'X', citedIn }).catch((e: unknown) => e);
    expect((error as ValidationError).errors).toEqual({
      'citedIn.1': { key: 'validation.referenceUnknown' },
      'citedIn.2': { key: 'validation.referenceUnknown' },
    });
    await expect(updateDocumentRef(db, DOC.id, { symbol: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(await dump(db)).toEqual(before);
  });

  it('edits symbol, title and citations; removes a title given null', async () => {
    const db = await seededDb();
    const after = await updateDocumentRef(db, DOC.id, { title: fr('Résolution du Conseil'), citedIn: [] });
    expect(after).toMatchObject({ title: fr('Résolution du Conseil'), citedIn: [] });
    expect((await updateDocumentRef(db, DOC.id, { title: null })).title).toBeUndefined();
  });

  it('removes a document, undoably', async () => {
    const db = await seededDb();
    await removeDocumentRef(db, DOC.id);
    expect(await db.documents.get(DOC.id)).toBeUndefined();
    await undoLast(db, PLAN);
    expect(await db.documents.get(DOC.id)).toMatchObject({ symbol: DOC.symbol, citedIn: DOC.citedIn });
  });
});
