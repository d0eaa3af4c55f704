/*
 * "Keep the documents offline" for a followed plan: the texts its documents name that this
 * device does not hold yet are fetched from beside the plan file (plans/<plan>/documents/
 * <hash>.<ext>, publishing/build-site.ts), checked against their hash, and stored all at once
 * (db/commands/document-file-commands.ts): a full disk, a lost connection or a file that is not
 * the one the plan names stores nothing. A file is named by its content, so an unchanged one is
 * never fetched again, and a changed one is a new name. Room is checked before the first byte
 * (documents/room.ts); files fetched for a plan that no plan names any more are removed.
 */
import { documentsOnDevice, dropUnnamedDocuments, storeDocumentFiles } from '../db/commands/document-file-commands.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { classifyStorageError } from '../db/storage-errors.ts';
import { filesOf, publishedName, type DocumentFile } from '../domain/document-files.ts';
import type { Id } from '../domain/types.ts';
import { sha256Hex } from '../plan-files/sha256.ts';
import { roomFor } from './room.ts';

export type DocumentsNeed = { files: DocumentFile[]; missing: DocumentFile[]; bytes: number; heldBytes: number };

export type Progress = { done: number; total: number; bytes: number; totalBytes: number };

export type KeepOutcome =
  | { kind: 'done'; fetched: number; bytes: number }
  | { kind: 'room'; needed: number; free: number }
  | { kind: 'quota' }
  | { kind: 'offline' }
  | { kind: 'server'; status: number }
  | { kind: 'damaged'; name: string };

export type KeepTools = {
  fetchImpl?: typeof fetch;
  estimate?: () => Promise<StorageEstimate | undefined>;
  onProgress?: (progress: Progress) => void;
  now?: Date;
};

/** What the plan's documents take: every file, those not on this device, and their sizes. */
export async function documentsNeed(db: QuorumDatabase, planId: Id): Promise<DocumentsNeed> {
  const files = filesOf(await db.documents.where('planId').equals(planId).toArray());
  const held = await documentsOnDevice(
    db,
    files.map((f) => f.hash),
  );
  const missing = files.filter((f) => !held.has(f.hash));
  return { files, missing, bytes: sum(missing), heldBytes: [...held.values()].reduce((n, s) => n + s, 0) };
}

/** Fetches and stores every file of the plan not on this device; `planFileUrl`: the followed plan file's address. */
export async function keepDocuments(db: QuorumDatabase, planId: Id, planFileUrl: string, tools: KeepTools = {}): Promise<KeepOutcome> {
  const { missing, bytes: totalBytes } = await documentsNeed(db, planId);
  const room = await roomFor(totalBytes, tools.estimate);
  if (!room.ok) return { kind: 'room', needed: room.needed, free: room.free };
  const fetchImpl = tools.fetchImpl ?? fetch.bind(globalThis);
  const fetched: { hash: string; blob: Blob; type: string }[] = [];
  const progress: Progress = { done: 0, total: missing.length, bytes: 0, totalBytes };
  tools.onProgress?.({ ...progress });
  for (const file of missing) {
    const got = await fetchOne(fetchImpl, new URL(publishedName(file), planFileUrl).href, file, (n) => {
      progress.bytes += n;
      tools.onProgress?.({ ...progress });
    });
    if (got.kind !== 'ok') return got;
    fetched.push({ hash: file.hash, blob: got.blob, type: file.type });
    progress.done += 1;
    tools.onProgress?.({ ...progress });
  }
  try {
    if (fetched.length) await storeDocumentFiles(db, fetched, tools.now);
  } catch (error) {
    if (classifyStorageError(error) === 'quota') return { kind: 'quota' };
    throw error;
  }
  await dropUnnamedDocuments(db);
  return { kind: 'done', fetched: fetched.length, bytes: totalBytes };
}

type Fetched = { kind: 'ok'; blob: Blob } | Exclude<KeepOutcome, { kind: 'done' | 'room' | 'quota' }>;

async function fetchOne(fetchImpl: typeof fetch, url: string, file: DocumentFile, onBytes: (n: number) => void): Promise<Fetched> {
  let response: Response;
  try {
    // A file named by its content never changes: any copy a cache holds is the right one.
    response = await fetchImpl(url, { credentials: 'same-origin', redirect: 'error' });
  } catch {
    return { kind: 'offline' };
  }
  if (!response.ok) return { kind: 'server', status: response.status };
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    const reader = response.body?.getReader();
    if (!reader) chunks.push(new Uint8Array(await response.arrayBuffer()));
    else
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        length += value.byteLength;
        onBytes(value.byteLength);
        if (length > file.size) return { kind: 'damaged', name: file.name };
      }
  } catch {
    return { kind: 'offline' };
  }
  const bytes = join(chunks);
  if (bytes.byteLength !== file.size || (await sha256Hex(bytes)) !== file.hash) return { kind: 'damaged', name: file.name };
  return { kind: 'ok', blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: file.type }) };
}

function join(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const sum = (files: readonly DocumentFile[]) => files.reduce((n, f) => n + f.size, 0);
