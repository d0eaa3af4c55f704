// @vitest-environment node
/*
 * The texts of a document in the database: attaching stores the bytes under their hash and names
 * the file on the document in one undoable change, a second file in a language replaces the
 * first, taking one off keeps the bytes (undo names them again), reading mode refuses with
 * nothing stored, and the files kept for a followed plan are stored all or none and removed
 * once no plan names them, never the only copy of a file attached here.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import * as commands from '../../../../src/lib/db/commands/index.ts';
import { classifyStorageError } from '../../../../src/lib/db/storage-errors.ts';
import { blobOf, describeFile, pdfBytes } from '../../documents-fixtures.ts';
import { dbWithQuota, dump, seededDb, T1, T2, T3 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const DOC = mispaIII.documents[0]!.id;
const FR = pdfBytes('Résolution, texte français');
const EN = pdfBytes('Resolution, English text');

describe('attaching a document’s texts', () => {
  it('stores the bytes and names the file on the document, in one change that undo takes back', async () => {
    const db = await seededDb();
    const file = describeFile(FR, 'fr');
    const doc = await commands.attachDocumentFile(db, DOC, file, blobOf(FR), T1);
    expect(doc.files).toEqual([file]);
    const row = await db.documentFiles.get(file.hash);
    expect(row).toMatchObject({ hash: file.hash, type: 'application/pdf', size: FR.byteLength });
    expect(new Uint8Array(await row!.blob.arrayBuffer())).toEqual(FR);
    expect(row!.by).toBeUndefined();
    const history = await db.history.where('recordId').equals(DOC).toArray();
    expect(history.map((e) => e.command)).toEqual(['attachDocumentFile']);

    await commands.undoLast(db, PLAN, T2);
    expect((await db.documents.get(DOC))!.files).toBeUndefined();
    // Kept: a redo, or the history's version, names them again.
    expect(await db.documentFiles.get(file.hash)).toBeDefined();
  });

  it('keeps one file per language: a new French text replaces the old, an English one is added', async () => {
    const db = await seededDb();
    await commands.attachDocumentFile(db, DOC, describeFile(FR, 'fr'), blobOf(FR), T1);
    const newer = pdfBytes('Résolution, texte révisé');
    await commands.attachDocumentFile(db, DOC, describeFile(newer, 'fr'), blobOf(newer), T2);
    const doc = await commands.attachDocumentFile(db, DOC, describeFile(EN, 'en'), blobOf(EN), T3);
    expect(doc.files!.map((f) => [f.lang, f.hash])).toEqual([
      ['en', describeFile(EN, 'en').hash],
      ['fr', describeFile(newer, 'fr').hash],
    ]);
  });

  it('refuses a description that does not match its bytes, storing nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    const file = describeFile(FR, 'fr');
    await expect(commands.attachDocumentFile(db, DOC, { ...file, size: file.size + 1 }, blobOf(FR), T1)).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(commands.attachDocumentFile(db, DOC, { ...file, hash: 'abc' }, blobOf(FR), T1)).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(commands.attachDocumentFile(db, DOC, { ...file, type: 'text/html' as never }, blobOf(FR), T1)).rejects.toMatchObject({
      name: 'ValidationError',
    });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses in reading mode, storing neither the bytes nor the name', async () => {
    const db = await seededDb(undefined, 'reading');
    const file = describeFile(FR, 'fr');
    await expect(commands.attachDocumentFile(db, DOC, file, blobOf(FR), T1)).rejects.toMatchObject({ name: 'ReadingModeError' });
    expect(await db.documentFiles.count()).toBe(0);
    expect((await db.documents.get(DOC))!.files).toBeUndefined();
  });

  it('a full disk while storing the bytes leaves the document as it was', async () => {
    const { db, state } = dbWithQuota('attach-quota');
    await seededDb(db);
    const before = await dump(db);
    state.fullTable = 'documentFiles';
    const error = await commands.attachDocumentFile(db, DOC, describeFile(FR, 'fr'), blobOf(FR), T1).catch((e: unknown) => e);
    expect(classifyStorageError(error)).toBe('quota');
    delete state.fullTable;
    expect(await dump(db)).toEqual(before);
  });

  it('taking a text off keeps its bytes; the form’s later edit of the title is not a conflict', async () => {
    const db = await seededDb();
    const opened = (await db.documents.get(DOC))!;
    const file = describeFile(FR, 'fr');
    await commands.attachDocumentFile(db, DOC, file, blobOf(FR), T1);
    const edited = await commands.updateDocumentRef(db, DOC, { title: { lang: 'fr', text: 'Résolution' } }, T2, opened);
    expect(edited.files).toEqual([file]);
    const doc = await commands.detachDocumentFile(db, DOC, file.hash, T3);
    expect(doc.files).toBeUndefined();
    expect(await db.documentFiles.get(file.hash)).toBeDefined();
  });
});

describe('the files kept for a followed plan', () => {
  it('are stored all or none: a full disk at the second stores neither', async () => {
    const { db, state } = dbWithQuota('kept-quota');
    await seededDb(db, 'reading');
    const rows = [FR, EN].map((bytes) => ({ hash: describeFile(bytes, 'x').hash, blob: blobOf(bytes), type: 'application/pdf' }));
    state.writes = 0;
    state.fullTable = 'documentFiles';
    const error = await commands.storeDocumentFiles(db, rows, T1).catch((e: unknown) => e);
    expect(classifyStorageError(error)).toBe('quota');
    delete state.fullTable;
    expect(await db.documentFiles.count()).toBe(0);
    await commands.storeDocumentFiles(db, rows, T1);
    expect((await db.documentFiles.toArray()).map((r) => r.by)).toEqual(['kept', 'kept']);
  });

  it('are removed once no plan names them, and removing never takes a file attached here', async () => {
    const db = await seededDb();
    const attached = describeFile(FR, 'fr');
    await commands.attachDocumentFile(db, DOC, attached, blobOf(FR), T1);
    const kept = describeFile(EN, 'en');
    const unnamed = pdfBytes('no plan names this');
    await commands.storeDocumentFiles(db, [
      { hash: kept.hash, blob: blobOf(EN), type: 'application/pdf' },
      { hash: describeFile(unnamed, 'en').hash, blob: blobOf(unnamed), type: 'application/pdf' },
    ]);
    await commands.attachDocumentFile(db, mispaIII.documents[1]!.id, kept, blobOf(EN), T2);
    expect(await commands.dropUnnamedDocuments(db)).toBe(unnamed.byteLength);
    expect((await db.documentFiles.toCollection().primaryKeys()).sort()).toEqual([attached.hash, kept.hash].sort());
    // The attached file is this device's only copy: "remove from this device" leaves it.
    expect(await commands.removeDocumentFiles(db, [attached.hash, kept.hash])).toBe(EN.byteLength);
    expect(await db.documentFiles.toCollection().primaryKeys()).toEqual([attached.hash]);
    expect(await commands.documentsOnDevice(db, [attached.hash, kept.hash])).toEqual(new Map([[attached.hash, FR.byteLength]]));
  });
});

describe('keeping a followed plan’s documents offline, the device’s choice', () => {
  it('is kept on the follow record, through a new follow at the same address, and off again', async () => {
    const db = await seededDb(undefined, 'reading');
    const url = 'https://app.example.org/plans/mispa-iii/plan.quorum.json';
    await commands.followPlan(db, PLAN, url, '2011-06-01T00:00:00.000Z');
    await commands.setKeepDocuments(db, PLAN, true);
    expect((await commands.followOf(db, PLAN))!.keepDocuments).toBe(true);
    // An update applied by hand follows again: the choice stays.
    await commands.followPlan(db, PLAN, url, '2011-07-01T00:00:00.000Z');
    expect((await commands.followOf(db, PLAN))!.keepDocuments).toBe(true);
    await commands.setKeepDocuments(db, PLAN, false);
    expect(await commands.followOf(db, PLAN)).not.toHaveProperty('keepDocuments');
  });
});
