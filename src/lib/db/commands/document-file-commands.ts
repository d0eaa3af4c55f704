/*
 * The texts of a plan's documents (domain/document-files.ts). Attaching one stores its bytes
 * under their hash and names the file on the document, in one transaction and one undoable
 * change: both happen or neither. Detaching takes the file off the document and keeps the
 * bytes (an undo names them again). The bytes a device keeps for a followed plan ("Keep the
 * documents offline") are the device's own choice, like the follow record: stored and removed
 * in reading mode too, several at once all or none.
 */
import { HASH_PATTERN, isDocumentType, MAX_DOCUMENT_BYTES, type DocumentFile } from '../../domain/document-files.ts';
import type { DocumentRef, Id } from '../../domain/types.ts';
import type { QuorumDatabase, StoredDocument } from '../database.ts';
import { mustGet, runCommand } from './context.ts';
import { ValidationError } from './errors.ts';

/** Attaches `file` (its bytes `blob`) to document `docId`; a file already there in its language is replaced. */
export async function attachDocumentFile(db: QuorumDatabase, docId: Id, file: DocumentFile, blob: Blob, now = new Date()): Promise<DocumentRef> {
  if (!validFile(file) || blob.size !== file.size) throw new ValidationError({ file: { key: 'validation.choiceInvalid' } });
  return runCommand(
    db,
    'attachDocumentFile',
    now,
    async (ctx) => {
      const before = await mustGet(db, 'documents', docId);
      const others = (before.files ?? []).filter((f) => f.lang.toLowerCase() !== file.lang.toLowerCase());
      const after = await ctx.update('documents', before, { ...before, files: [...others, file].sort((a, b) => a.lang.localeCompare(b.lang)) });
      if (!(await db.documentFiles.get(file.hash))) await db.documentFiles.put(storedRow(file.hash, blob, file.type, ctx.now));
      return after;
    },
    { alsoWrites: [db.documentFiles] },
  );
}

/** Takes the file `hash` off document `docId`; its bytes stay on the device. */
export async function detachDocumentFile(db: QuorumDatabase, docId: Id, hash: string, now = new Date()): Promise<DocumentRef> {
  return runCommand(db, 'detachDocumentFile', now, async (ctx) => {
    const before = await mustGet(db, 'documents', docId);
    const files = (before.files ?? []).filter((f) => f.hash !== hash);
    const { files: _files, ...rest } = before;
    return ctx.update('documents', before, files.length ? { ...rest, files } : rest);
  });
}

/** Stores the bytes of several files fetched for a followed plan at once, all or none (a full disk stores none). */
export async function storeDocumentFiles(db: QuorumDatabase, rows: readonly { hash: string; blob: Blob; type: string }[], now = new Date()): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.documentFiles, async () => {
    await db.documentFiles.bulkPut(rows.map((row) => ({ ...storedRow(row.hash, row.blob, row.type, at), by: 'kept' as const })));
  });
}

/** Removes the files fetched for followed plans that no document of any plan on this device names any more; the bytes freed. */
export async function dropUnnamedDocuments(db: QuorumDatabase): Promise<number> {
  return db.transaction('rw', [db.documents, db.documentFiles], async () => {
    const named = new Set((await db.documents.toArray()).flatMap((d) => (d.files ?? []).map((f) => f.hash)));
    const gone = (await db.documentFiles.filter((row) => row.by === 'kept' && !named.has(row.hash)).toArray()).map((row) => ({
      hash: row.hash,
      size: row.size,
    }));
    await db.documentFiles.bulkDelete(gone.map((row) => row.hash));
    return gone.reduce((n, row) => n + row.size, 0);
  });
}

/**
 * Removes from the device the bytes of `hashes` that were fetched for a followed plan (the plan
 * still names them); a file attached here is its only copy, and stays. The bytes freed.
 */
export async function removeDocumentFiles(db: QuorumDatabase, hashes: readonly string[]): Promise<number> {
  return db.transaction('rw', db.documentFiles, async () => {
    const kept = (await db.documentFiles.bulkGet([...hashes])).filter((row) => row?.by === 'kept') as StoredDocument[];
    await db.documentFiles.bulkDelete(kept.map((row) => row.hash));
    return kept.reduce((n, row) => n + row.size, 0);
  });
}

/** Which of `hashes` this device holds, with the bytes each takes. */
export async function documentsOnDevice(db: QuorumDatabase, hashes: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.documentFiles.bulkGet([...hashes]);
  return new Map(rows.flatMap((row) => (row ? [[row.hash, row.size] as const] : [])));
}

/** The bytes of `hash`, if this device holds them. */
export async function documentBytes(db: QuorumDatabase, hash: string): Promise<StoredDocument | undefined> {
  return db.documentFiles.get(hash);
}

function storedRow(hash: string, blob: Blob, type: string, at: string): StoredDocument {
  return { hash, blob, type, size: blob.size, storedAt: at };
}

function validFile(file: DocumentFile): boolean {
  return (
    HASH_PATTERN.test(file.hash) &&
    isDocumentType(file.type) &&
    Number.isInteger(file.size) &&
    file.size > 0 &&
    file.size <= MAX_DOCUMENT_BYTES &&
    typeof file.lang === 'string' &&
    file.lang.length > 0 &&
    file.name.length > 0
  );
}
