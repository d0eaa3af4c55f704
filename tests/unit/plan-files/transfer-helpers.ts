/*
 * Helpers for the plan-file tests: the text of a file built with the factories (optionally
 * broken by a function that edits its JSON), the whole import as the interface runs it
 * (read, preview, apply), a byte-exact snapshot of the database, and a database whose
 * chosen writes fail as a full disk does.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { applyImport, type ImportSummary } from '../../../src/lib/plan-files/apply-store.ts';
import { previewImport } from '../../../src/lib/plan-files/preview-store.ts';
import { readPlanFile, type ReadResult } from '../../../src/lib/plan-files/read-file.ts';
import { makeBundle, makePlanFile } from '../factories.ts';
import { dump, quotaError } from '../db/db-helpers.ts';

/** The plan id of the files the bad-file tests break: a plan the database does not hold. */
export const FILE_PLAN = 'plan-x';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- files bent into any wrong shape, on purpose
export type Json = Record<string, any>;

/** A valid file for a new plan, as JSON text, after `edit` changed its parsed form. */
export function fileText(edit: (file: Json) => void = () => {}): string {
  const file = JSON.parse(JSON.stringify(makePlanFile([{ bundle: makeBundle(FILE_PLAN) }]))) as Json;
  edit(file);
  return JSON.stringify(file, null, 2);
}

/** Every table, as one string: equal strings mean a byte-for-byte identical database. */
export async function snapshot(db: QuorumDatabase): Promise<string> {
  return JSON.stringify(await dump(db));
}

export type ImportAttempt = { read: ReadResult; applied?: ImportSummary; error?: unknown };

/** What the interface does with a file the user opens: read it, preview it, apply it. */
export async function tryImport(db: QuorumDatabase, input: Blob | string): Promise<ImportAttempt> {
  const read = await readPlanFile(input);
  if (!read.ok) return { read };
  try {
    const preview = await previewImport(db, read.file);
    if (!preview.canApply) return { read, error: preview.problems };
    return { read, applied: await applyImport(db, read.file) };
  } catch (error) {
    return { read, error };
  }
}

/** A database whose writes for which `shouldFail` is true reject with a QuotaExceededError. */
export function dbFailingOn(shouldFail: (table: string, req: DBCoreMutateRequest) => boolean): QuorumDatabase {
  const db = new QuorumDatabase();
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'fail-last',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (req) => (shouldFail(name, req) ? Promise.reject(quotaError()) : table.mutate(req)) };
      },
    }),
  };
  db.use(middleware);
  return db;
}
