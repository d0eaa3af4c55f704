/*
 * Applying a plan file: in ONE read-write transaction over every table it touches, each
 * chosen plan here becomes exactly the file's (records the file lacks are removed, the others
 * written as the file has them, same ids and times), the file's history entries not already
 * here are added (with new local `seq`), each change is recorded in history as one
 * 'importPlan' batch per plan (so undo reverts the import), and the import is noted in
 * `meta`. Any failure, a full disk included, rolls everything back: nothing is half-imported.
 */
import { BUNDLE_TABLES, recordsOf, type StoredRecord } from '../domain/bundle.ts';
import { sameValue } from '../domain/equal.ts';
import type { Id, Meeting, PlanBundle } from '../domain/types.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { newBatch, recordChange, type Batch } from '../db/history.ts';
import { loadPlanBundle } from '../db/queries.ts';
import { seedMetaKey } from '../db/seed.ts';
import { checkBundle } from './file-checks.ts';
import type { PlanFile, PlanFileEntry } from './format.ts';
import { differs, idsOfOtherPlans, importKey, unseenHistory, type ImportMark } from './local-state.ts';
import type { RecordRef } from './preview.ts';
import { capProblems, type FileProblem } from './problems.ts';
import { importedSequence } from './schedule.ts';

export const IMPORT_COMMAND = 'importPlan';

export type ImportChoices = {
  /** The plans of the file to apply; default: all. */
  planIds?: readonly Id[];
  /** Conflicting records to keep as they are here instead of taking the file's. */
  keepLocal?: readonly RecordRef[];
};

export type PlanImportSummary = {
  planId: Id;
  kind: 'new' | 'update';
  created: number;
  updated: number;
  removed: number;
  historyImported: number;
  /** The history batch of the import, for undo. */
  batch: string;
};

export type ImportSummary = { plans: PlanImportSummary[] };

/** The file cannot be applied as it stands here; nothing was written. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
  constructor(readonly problems: FileProblem[]) {
    super(`Import refused: ${problems.map((p) => `${p.path} ${p.key}`).join('; ')}`);
  }
}

export function applyImport(db: QuorumDatabase, file: PlanFile, choices: ImportChoices = {}, now = new Date()): Promise<ImportSummary> {
  return db.transaction('rw', [db.plans, ...db.planTables, db.meta, db.history], async () => {
    const entries = file.plans
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => !choices.planIds || choices.planIds.includes(entry.bundle.plan.id));
    const refused = await idsOfOtherPlans(db, entries);
    if (refused.length) throw new ImportRefusedError(capProblems(refused));
    const plans: PlanImportSummary[] = [];
    for (const { entry, index } of entries) plans.push(await applyPlan(db, file, entry, index, choices.keepLocal ?? [], now));
    return { plans };
  });
}

async function applyPlan(
  db: QuorumDatabase, file: PlanFile, entry: PlanFileEntry, index: number, keep: readonly RecordRef[], now: Date,
): Promise<PlanImportSummary> {
  const planId = entry.bundle.plan.id;
  const local = await loadPlanBundle(db, planId);
  const target = local && keep.length ? keepingLocal(entry.bundle, local, keep) : entry.bundle;
  const broken = target === entry.bundle ? [] : checkBundle(target, `plans[${index}].bundle`);
  if (broken.length) throw new ImportRefusedError(capProblems(broken));
  const history = await unseenHistory(db, entry.history);
  for (const { seq: _elsewhere, ...h } of history) await db.history.add(h);
  const batch = newBatch(IMPORT_COMMAND, now);
  const counts = await writePlan(db, batch, local, target);
  const last = await db.history.orderBy('seq').last();
  const mark: ImportMark = { at: now.toISOString(), historySeq: last?.seq ?? 0, exportedAt: file.exportedAt };
  await db.meta.put({ key: importKey(planId), value: mark });
  const seedKey = target.plan.seedKey;
  if (seedKey && !(await db.meta.get(seedMetaKey(seedKey)))) await db.meta.put({ key: seedMetaKey(seedKey), value: { planId, at: mark.at } });
  return { planId, kind: local ? 'update' : 'new', ...counts, historyImported: history.length, batch: batch.id };
}

/** Makes the stored plan `local` (undefined: none) exactly `target`, recording content changes. */
async function writePlan(db: QuorumDatabase, batch: Batch, local: PlanBundle | undefined, target: PlanBundle) {
  const counts = { created: 0, updated: 0, removed: 0 };
  for (const table of BUNDLE_TABLES) {
    const old = new Map((local ? recordsOf(local, table) : []).map((r) => [r.id, r]));
    for (const wanted of recordsOf(target, table)) {
      const before = old.get(wanted.id);
      old.delete(wanted.id);
      const after = before && table === 'meetings' ? withSequence(before as Meeting, wanted as Meeting) : wanted;
      if (before && sameValue(before, after)) continue;
      await db.table(table).put(after);
      // A record that differs only in bookkeeping (updatedAt) is written, but is no change to undo.
      const changed = !before || differs(before, after);
      if (changed) await recordChange(db, batch, { table, op: before ? 'update' : 'create', before, after });
      if (!before) counts.created++;
      else if (changed) counts.updated++;
    }
    for (const gone of old.values()) {
      await db.table(table).delete(gone.id);
      await recordChange(db, batch, { table, op: 'delete', before: gone });
      counts.removed++;
    }
  }
  return counts;
}

function withSequence(local: Meeting, incoming: Meeting): Meeting {
  const sequence = importedSequence(local, incoming);
  return sequence === incoming.sequence ? incoming : { ...incoming, sequence };
}

/** `target` with the records named in `keep` as they are in `local` (absent there: absent). */
function keepingLocal(target: PlanBundle, local: PlanBundle, keep: readonly RecordRef[]): PlanBundle {
  const result: PlanBundle = { ...target };
  for (const { table, id } of keep) {
    if (table === 'plans') {
      if (id === local.plan.id) result.plan = local.plan;
      continue;
    }
    const mine = (recordsOf(local, table) as StoredRecord[]).find((r) => r.id === id);
    const others = (result[table] as StoredRecord[]).filter((r) => r.id !== id);
    (result as Record<string, unknown>)[table] = mine ? [...others, mine] : others;
  }
  return result;
}
