// @vitest-environment node
/*
 * "Keep the documents offline" for a followed plan (documents/keep-offline.ts): only the texts
 * this device lacks are fetched, from beside the plan file; an update that changes one text
 * fetches that one and drops the old; room is checked before the first request; a lost
 * connection, a server error, a file that is not the one the plan names, or a full disk stores
 * nothing at all; progress is told file by file and byte by byte.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import * as commands from '../../../src/lib/db/commands/index.ts';
import type { QuorumDatabase } from '../../../src/lib/db/database.ts';
import type { DocumentFile } from '../../../src/lib/domain/document-files.ts';
import { documentsNeed, keepDocuments, type Progress } from '../../../src/lib/documents/keep-offline.ts';
import { describeFile, pdfBytes } from '../documents-fixtures.ts';
import { dbWithQuota, seededDb } from '../db/db-helpers.ts';

const PLAN = mispaIII.plan.id;
const PLAN_FILE = 'https://app.example.org/site/plans/mispa-iii/plan.quorum.json';
const DOCS = mispaIII.documents.map((d) => d.id);

/** The plan names `files` (document i gets file i), as an applied update would leave it. */
async function planNames(db: QuorumDatabase, files: readonly DocumentFile[]): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    for (const [i, id] of DOCS.entries()) {
      const doc = (await db.documents.get(id))!;
      const { files: _old, ...rest } = doc;
      await db.documents.put(files[i] ? { ...rest, files: [files[i]] } : rest);
    }
  });
}

/** A site serving `bytes` under their published names; the paths asked for, in order. */
function site(bytes: readonly Uint8Array[], answer?: (path: string) => Response | undefined) {
  const byName = new Map(bytes.map((b) => [`/site/plans/mispa-iii/documents/${describeFile(b, 'x').hash}.pdf`, b]));
  const asked: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    const path = new URL(String(input)).pathname;
    asked.push(path);
    const special = answer?.(path);
    if (special) return special;
    const found = byName.get(path);
    return found
      ? new Response(found as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'Content-Type': 'application/pdf' } })
      : new Response('', { status: 404 });
  };
  return { asked, fetchImpl };
}

const roomy = async () => ({ usage: 0, quota: 10 ** 10 });
const A = pdfBytes('Résolution 2629', 3_000);
const B = pdfBytes('Projet d’ordre du jour', 5_000);
const C = pdfBytes('Étude de faisabilité', 2_000);

describe('keeping a followed plan’s documents offline', () => {
  it('fetches each missing text once, beside the plan file, and nothing when all are held', async () => {
    const db = await seededDb(undefined, 'reading');
    const files = [describeFile(A, 'fr'), describeFile(B, 'fr')];
    await planNames(db, files);
    expect((await documentsNeed(db, PLAN)).bytes).toBe(A.byteLength + B.byteLength);
    const server = site([A, B]);
    const seen: Progress[] = [];
    const outcome = await keepDocuments(db, PLAN, PLAN_FILE, { fetchImpl: server.fetchImpl, estimate: roomy, onProgress: (p) => seen.push(p) });
    expect(outcome).toEqual({ kind: 'done', fetched: 2, bytes: A.byteLength + B.byteLength });
    expect(server.asked).toEqual(files.map((f) => `/site/plans/mispa-iii/documents/${f.hash}.pdf`));
    expect(seen.at(0)).toEqual({ done: 0, total: 2, bytes: 0, totalBytes: A.byteLength + B.byteLength });
    expect(seen.at(-1)).toEqual({ done: 2, total: 2, bytes: A.byteLength + B.byteLength, totalBytes: A.byteLength + B.byteLength });
    expect(new Uint8Array(await (await db.documentFiles.get(files[1]!.hash))!.blob.arrayBuffer())).toEqual(B);

    const again = site([A, B]);
    expect(await keepDocuments(db, PLAN, PLAN_FILE, { fetchImpl: again.fetchImpl, estimate: roomy })).toEqual({ kind: 'done', fetched: 0, bytes: 0 });
    expect(again.asked).toEqual([]);
  });

  it('after an update that changes one text, fetches only that one and drops the old', async () => {
    const db = await seededDb(undefined, 'reading');
    await planNames(db, [describeFile(A, 'fr'), describeFile(B, 'fr')]);
    await keepDocuments(db, PLAN, PLAN_FILE, { fetchImpl: site([A, B]).fetchImpl, estimate: roomy });
    await planNames(db, [describeFile(A, 'fr'), describeFile(C, 'fr')]);
    const server = site([A, B, C]);
    expect(await keepDocuments(db, PLAN, PLAN_FILE, { fetchImpl: server.fetchImpl, estimate: roomy })).toMatchObject({ kind: 'done', fetched: 1 });
    expect(server.asked).toEqual([`/site/plans/mispa-iii/documents/${describeFile(C, 'fr').hash}.pdf`]);
    expect((await db.documentFiles.toCollection().primaryKeys()).sort()).toEqual([describeFile(A, 'x').hash, describeFile(C, 'x').hash].sort());
  });

  it('says there is no room before asking the server for anything', async () => {
    const db = await seededDb(undefined, 'reading');
    await planNames(db, [describeFile(A, 'fr'), describeFile(B, 'fr')]);
    const server = site([A, B]);
    const outcome = await keepDocuments(db, PLAN, PLAN_FILE, {
      fetchImpl: server.fetchImpl,
      estimate: async () => ({ usage: 1_000, quota: 5 * 1024 * 1024 + 4_000 }),
    });
    expect(outcome).toEqual({ kind: 'room', needed: A.byteLength + B.byteLength, free: 3_000 });
    expect(server.asked).toEqual([]);
    expect(await db.documentFiles.count()).toBe(0);
  });

  it.each([
    [
      'a server error on the second file',
      (path: string, second: string) => (path === second ? new Response('', { status: 503 }) : undefined),
      { kind: 'server', status: 503 },
    ],
    [
      'a second file that is not the one the plan names',
      (path: string, second: string) => (path === second ? new Response(pdfBytes('something else', 5_000) as Uint8Array<ArrayBuffer>) : undefined),
      { kind: 'damaged', name: 'doc-fr.pdf' },
    ],
  ])('stores nothing after %s', async (_what, answer, expected) => {
    const db = await seededDb(undefined, 'reading');
    const files = [describeFile(A, 'fr'), describeFile(B, 'fr')];
    await planNames(db, files);
    const second = `/site/plans/mispa-iii/documents/${files[1]!.hash}.pdf`;
    const server = site([A, B], (path) => answer(path, second));
    expect(await keepDocuments(db, PLAN, PLAN_FILE, { fetchImpl: server.fetchImpl, estimate: roomy })).toEqual(expected);
    expect(await db.documentFiles.count()).toBe(0);
  });

  it('stores nothing when the connection is lost', async () => {
    const db = await seededDb(undefined, 'reading');
    await planNames(db, [describeFile(A, 'fr')]);
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await keepDocuments(db, PLAN, PLAN_FILE, { fetchImpl: offline, estimate: roomy })).toEqual({ kind: 'offline' });
    expect(await db.documentFiles.count()).toBe(0);
  });

  it('tells a full disk while storing, with nothing half-stored', async () => {
    const { db, state } = dbWithQuota('keep-quota');
    await seededDb(db, 'reading');
    await planNames(db, [describeFile(A, 'fr'), describeFile(B, 'fr')]);
    state.fullTable = 'documentFiles';
    expect(await keepDocuments(db, PLAN, PLAN_FILE, { fetchImpl: site([A, B]).fetchImpl, estimate: roomy })).toEqual({ kind: 'quota' });
    delete state.fullTable;
    expect(await db.documentFiles.count()).toBe(0);
  });

  it('works in reading mode and leaves the plan and its history untouched', async () => {
    const db = await seededDb(undefined, 'reading');
    await planNames(db, [describeFile(A, 'fr')]);
    const history = await db.history.count();
    await keepDocuments(db, PLAN, PLAN_FILE, { fetchImpl: site([A]).fetchImpl, estimate: roomy });
    expect(await db.history.count()).toBe(history);
    expect(await commands.documentsOnDevice(db, [describeFile(A, 'x').hash])).toEqual(new Map([[describeFile(A, 'x').hash, A.byteLength]]));
  });
});
