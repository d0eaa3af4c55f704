/*
 * What this device already holds, as an import sees it: when each plan was last imported
 * (`meta` "import:<planId>", with the last history entry then), which records the user
 * edited since (their history after that mark, or after the start for a plan never imported:
 * a seeded or locally made plan), which ids of a file (records, and records its history
 * names) already belong to another plan here, and which history entries of a file are not
 * here yet.
 */
import { BUNDLE_TABLES, recordsOf, type StoredRecord } from '../domain/bundle.ts';
import { changedFields } from '../domain/plan-diff.ts';
import type { HistoryEntry, Id, Instant, PlanBundle, RecordTable } from '../domain/types.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { planHistory } from './backup-store.ts';
import type { PlanFileEntry } from './format.ts';
import { problem, type FileMessageKey, type FileProblem } from './problems.ts';
import { CHUNK } from './progress.ts';

export type ImportMark = { at: Instant; historySeq: number; exportedAt: Instant };

/** A record the user changed since the plan was last imported (or seeded, or made here). */
export type LocalEdit = {
  table: RecordTable;
  id: Id;
  /** The record as it was before the first of those changes; undefined when made here. */
  base: unknown;
  /** When it was last changed. */
  editedAt: Instant;
};

export function importKey(planId: Id): string {
  return `import:${planId}`;
}

export async function readImportMark(db: QuorumDatabase, planId: Id): Promise<ImportMark | undefined> {
  const mark = (await db.meta.get(importKey(planId)))?.value as Partial<ImportMark> | undefined;
  return typeof mark?.at === 'string' && typeof mark.historySeq === 'number' ? (mark as ImportMark) : undefined;
}

export function recordKey(table: RecordTable, id: Id): string {
  return `${table}:${id}`;
}

/** The user's edits to `local` since its last import, by recordKey; edits undone since do not count. */
export async function localEdits(db: QuorumDatabase, local: PlanBundle): Promise<Map<string, LocalEdit>> {
  const mark = await readImportMark(db, local.plan.id);
  const touched = new Map<string, LocalEdit>();
  await planHistory(db, local.plan.id, mark?.historySeq ?? 0).each((entry) => {
    const key = recordKey(entry.table, entry.recordId);
    const seen = touched.get(key);
    if (seen) seen.editedAt = entry.at;
    else touched.set(key, { table: entry.table, id: entry.recordId, base: entry.before, editedAt: entry.at });
  });
  const current = editedRecords(local, touched);
  for (const [key, edit] of touched) if (!differs(edit.base, current.get(key))) touched.delete(key);
  return touched;
}

/** The records of `bundle` that `edits` name, by recordKey: only the tables edited are gone through. */
function editedRecords(bundle: PlanBundle, edits: ReadonlyMap<string, LocalEdit>): Map<string, StoredRecord> {
  const found = new Map<string, StoredRecord>();
  for (const table of new Set([...edits.values()].map((edit) => edit.table))) {
    for (const record of recordsOf(bundle, table)) {
      const key = recordKey(table, record.id);
      if (edits.has(key)) found.set(key, record);
    }
  }
  return found;
}

/** True when two versions of a record differ in content (not only in updatedAt / sequence). */
export function differs(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a !== b;
  return changedFields(a as object, b as object).length > 0;
}

/**
 * Ids of the file's records, and of the records its history entries name, that already
 * belong to another plan on this device: importing would move them out of that plan (a
 * history entry, through "restore this version"). Paths point into the file (`index` is
 * the entry's place).
 */
export async function idsOfOtherPlans(db: QuorumDatabase, entries: readonly { entry: PlanFileEntry; index: number }[]): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  for (const { entry, index } of entries) {
    const planId = entry.bundle.plan.id;
    for (const table of BUNDLE_TABLES) {
      if (table === 'plans') continue;
      const records = recordsOf(entry.bundle, table).map((r, k) => ({ id: r.id, path: `plans[${index}].bundle.${table}[${k}].id` }));
      problems.push(...(await takenIds(db, table, planId, records, 'file.idTakenByOtherPlan')));
    }
    problems.push(...(await historyOfOtherPlans(db, planId, entry.history ?? [], index)));
  }
  return problems;
}

/** The file's history entries naming a record that another plan here holds (the plans table: another plan itself). */
async function historyOfOtherPlans(db: QuorumDatabase, planId: Id, history: readonly HistoryEntry[], index: number): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  for (const table of BUNDLE_TABLES) {
    const named = history.flatMap((h, k) => (h.table === table ? [{ id: h.recordId, path: `plans[${index}].history[${k}].recordId` }] : []));
    if (table === 'plans') {
      for (const { id, path } of named) if (id !== planId) problems.push(problem(path, 'file.historyOtherPlan', { id }));
    } else {
      problems.push(...(await takenIds(db, table, planId, named, 'file.historyOtherPlan')));
    }
  }
  return problems;
}

/** Of `named` (ids of `table`, each with its path in the file), those stored here in a plan other than `planId`. */
async function takenIds(
  db: QuorumDatabase,
  table: RecordTable,
  planId: Id,
  named: readonly { id: Id; path: string }[],
  key: FileMessageKey,
): Promise<FileProblem[]> {
  if (!named.length) return [];
  // The plan's own ids by their keys only: reading its 20,000 records whole, to look at their
  // planId, held a slow phone for seconds. Only the other ids are looked up.
  const own = new Set(await db.table(table).where('planId').equals(planId).primaryKeys());
  const others = named.filter((n) => !own.has(n.id));
  const problems: FileProblem[] = [];
  // By chunks: each bulkGet issues its requests in one go.
  for (let start = 0; start < others.length; start += CHUNK) {
    const chunk = others.slice(start, start + CHUNK);
    const stored = (await db.table(table).bulkGet(chunk.map((n) => n.id))) as ({ planId: Id } | undefined)[];
    stored.forEach((found, k) => {
      if (found && found.planId !== planId) problems.push(problem(chunk[k]!.path, key, { id: chunk[k]!.id }));
    });
  }
  return problems;
}

/**
 * The `seq` of the last history entry of plan `planId` (0: none). Every change to a plan's
 * records, in any tab (commands, undo, imports), adds an entry, so a preview that noted it
 * can tell, at apply time, whether the plan changed since.
 */
export async function lastPlanSeq(db: QuorumDatabase, planId: Id): Promise<number> {
  return (await planHistory(db, planId, 0).last())?.seq ?? 0;
}

/** The entries of `history` whose batch this device does not hold yet (a backup imported twice adds nothing). */
export async function unseenHistory(db: QuorumDatabase, history: readonly HistoryEntry[] | undefined): Promise<HistoryEntry[]> {
  if (!history?.length) return [];
  const batches = [...new Set(history.map((e) => e.batch))];
  const known = new Set<string>();
  await db.history
    .where('batch')
    .anyOf(batches)
    .each((e) => known.add(e.batch));
  return history.filter((e) => !known.has(e.batch));
}
