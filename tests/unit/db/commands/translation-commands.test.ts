import { describe, expect, it } from 'vitest';
import { setTranslation, undoLast, ValidationError } from '../../../../src/lib/db/commands/index.ts';
import { historyOfRecord } from '../../../../src/lib/db/history.ts';
import { seededDb, T1 } from '../db-helpers.ts';

const M5 = 'mispa-iii/m5';
const S2 = 'mispa-iii/s2';

describe('setTranslation', () => {
  it('adds a translation to a text of a record, with its history entry, and undo takes it back', async () => {
    const db = await seededDb();
    const before = await db.mandates.get(M5);
    await setTranslation(db, 'mandates', M5, 'text', 'en', 'To set up a working group.', T1);
    const after = await db.mandates.get(M5);
    expect(after?.text).toEqual({ ...before!.text, translations: { en: 'To set up a working group.' } });
    expect(await historyOfRecord(db, 'mispa-iii', M5)).toMatchObject([{ op: 'update', command: 'setTranslation' }]);
    await undoLast(db, 'mispa-iii');
    expect((await db.mandates.get(M5))?.text).toEqual(before!.text);
  });

  it('reaches texts inside a record (a paragraph of a section) and removes a translation left blank', async () => {
    const db = await seededDb();
    await setTranslation(db, 'sections', S2, 'paragraphs.0.text', 'pt', 'Primeiro parágrafo', T1);
    expect((await db.sections.get(S2))?.paragraphs[0]?.text.translations).toEqual({ pt: 'Primeiro parágrafo' });
    await setTranslation(db, 'sections', S2, 'paragraphs.0.text', 'pt', '', T1);
    expect((await db.sections.get(S2))?.paragraphs[0]?.text.translations).toBeUndefined();
  });

  it('refuses a path without a text, the text’s own language and a translation too long, writing nothing', async () => {
    const db = await seededDb();
    const before = await db.mandates.get(M5);
    await expect(setTranslation(db, 'mandates', M5, 'status', 'en', 'Done')).rejects.toBeInstanceOf(ValidationError);
    await expect(setTranslation(db, 'mandates', M5, 'text', 'fr', 'Texte')).rejects.toBeInstanceOf(ValidationError);
    await expect(setTranslation(db, 'mandates', M5, 'text', 'en', 'x'.repeat(10_001))).rejects.toBeInstanceOf(ValidationError);
    expect(await db.mandates.get(M5)).toEqual(before);
    expect(await historyOfRecord(db, 'mispa-iii', M5)).toEqual([]);
  });
});
