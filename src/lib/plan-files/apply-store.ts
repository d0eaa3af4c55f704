/*
 * Applying a plan file: in ONE read-write transaction over every table it touches, each
 * chosen plan here becomes exactly the file's (records the file lacks are removed, the others
 * written as the file has them, same ids and times), the file's history entries not already
 * here are added (with new local `seq`), each change is recorded in history as one
 * 'importPlan' batch per plan (so undo reverts the import), and the import is noted in
 * `meta`. Any failure, a full disk included, rolls everything back: nothing is half-imported.
 * Given the preview's `seenHistory`, it first checks, in that transaction, that no plan it
 * writes changed since the preview (another tab's edit, an undo, another import): if one did,
 * it refuses (PreviewOutdatedError) and writes nothing, so the preview can be made again.
 * A file that is not verified for a plan (domain/trust.ts) is refused the same way
 * (UnverifiedFileError) unless the user accepted it; a signed file applied pins its key.
 */
import { BUNDLE_TABLES, recordsOf, type StoredRecord } from '../domain/bundle.ts';
import { sameValue } from '../domain/equal.ts';
import { pinsAfterApply, signersKey, trustOf, type PinnedKeys, type Trust } from '../domain/trust.ts';
import type { HistoryEntry, Id, Meeting, PlanBundle, RecordTable } from '../domain/types.ts';
import { pinnedKeysOf } from '../db/commands/follow-commands.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { historyEntry, newBatch, type Batch } from '../db/history.ts';
import { loadPlanBundle } from '../db/queries.ts';
import { seedMetaKey } from '../db/seed-key.ts';
import { checkBundle } from './file-checks.ts';
import type { PlanFile, PlanFileEntry } from './format.ts';
import { differs, idsOfOtherPlans, importKey, lastPlanSeq, unseenHistory, type ImportMark } from './local-store.ts';
import type { RecordRef } from './preview-store.ts';
import { capProblems, type FileProblem } from './problems.ts';
import { CHUNK, counter, type OnProgress } from './progress.ts';
import { importedSequence } from './schedule.ts';

export const IMPORT_COMMAND = 'importPlan';

export type ImportChoices = {
  /** The plans of the file to apply; default: all. */
  planIds?: readonly Id[];
  /** Conflicting records to keep as they are here instead of taking the file's. */
  keepLocal?: readonly RecordRef[];
  /** The preview's ImportPreview.seenHistory: the plans as the preview saw them. */
  seenHistory?: Readonly<Record<Id, number>>;
  /** The user read the warning and applies a file that is not verified (ImportPreview.unverified) all the same. */
  acceptUnverified?: boolean;
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

/** A plan of the file changed here after the preview was made; nothing was written. */
export class PreviewOutdatedError extends Error {
  override name = 'PreviewOutdatedError';
  constructor(readonly planIds: Id[]) {
    super(`Changed since the preview: ${planIds.join(', ')}`);
  }
}

/** The file is not verified for these plans (domain/trust.ts) and the user did not accept it; nothing was written. */
export class UnverifiedFileError extends Error {
  override name = 'UnverifiedFileError';
  constructor(readonly planIds: Id[]) {
    super(`Not verified: ${planIds.join(', ')}`);
  }
}

/** The file cannot be applied as it stands here; nothing was written. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
  constructor(readonly problems: FileProblem[]) {
    super(`Import refused: ${problems.map((p) => `${p.path} ${p.key}`).join('; ')}`);
  }
}

export function applyImport(
  db: QuorumDatabase,
  file: PlanFile,
  choices: ImportChoices = {},
  now = new Date(),
  onProgress?: OnProgress,
): Promise<ImportSummary> {
  return db.transaction('rw', [db.plans, ...db.planTables, db.meta, db.history], async () => {
    const entries = file.plans
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => !choices.planIds || choices.planIds.includes(entry.bundle.plan.id));
    const seen = choices.seenHistory;
    if (seen) {
      const changed: Id[] = [];
      for (const { entry } of entries) {
        const planId = entry.bundle.plan.id;
        if ((await lastPlanSeq(db, planId)) !== (seen[planId] ?? 0)) changed.push(planId);
      }
      if (changed.length) throw new PreviewOutdatedError(changed);
    }
    const refused = await idsOfOtherPlans(db, entries);
    if (refused.length) throw new ImportRefusedError(capProblems(refused));
    // Checked again here, in the writing transaction: the pins may have changed since the preview.
    const trusts = new Map<Id, { pins: PinnedKeys | undefined; trust: Trust }>();
    for (const { entry } of entries) {
      const pins = await pinnedKeysOf(db, entry.bundle.plan.id);
      trusts.set(entry.bundle.plan.id, { pins, trust: trustOf(file.checkedSignature, pins) });
    }
    const unverified = [...trusts].filter(([, t]) => t.trust.kind === 'unverified').map(([id]) => id);
    if (unverified.length && !choices.acceptUnverified) throw new UnverifiedFileError(unverified);
    const prepared: PreparedPlan[] = [];
    for (const { entry, index } of entries) prepared.push(await preparePlan(db, entry, index, choices.keepLocal ?? []));
    const advance = counter(
      'writing',
      prepared.reduce((n, p) => n + p.work, 0),
      onProgress,
    );
    const plans: PlanImportSummary[] = [];
    for (const plan of prepared) {
      plans.push(await applyPlan(db, file, plan, now, advance));
      const planId = plan.target.plan.id;
      const { pins, trust } = trusts.get(planId)!;
      const after = pinsAfterApply(pins, file.checkedSignature, trust, now.toISOString());
      if (after && after !== pins) await db.meta.put({ key: signersKey(planId), value: after });
    }
    return { plans };
  });
}

/** What one plan of the file will write: its records, the history not here yet, and the count of writes. */
type PreparedPlan = { local: PlanBundle | undefined; target: PlanBundle; history: HistoryEntry[]; work: number };

async function preparePlan(db: QuorumDatabase, entry: PlanFileEntry, index: number, keep: readonly RecordRef[]): Promise<PreparedPlan> {
  const local = await loadPlanBundle(db, entry.bundle.plan.id);
  const target = local && keep.length ? keepingLocal(entry.bundle, local, keep) : entry.bundle;
  const broken = target === entry.bundle ? [] : checkBundle(target, `plans[${index}].bundle`);
  if (broken.length) throw new ImportRefusedError(capProblems(broken));
  const history = await unseenHistory(db, entry.history);
  let work = history.length;
  for (const table of BUNDLE_TABLES) {
    const wanted = recordsOf(target, table);
    const ids = new Set(wanted.map((r) => r.id));
    work += wanted.length + (local ? recordsOf(local, table).filter((r) => !ids.has(r.id)).length : 0);
  }
  return { local, target, history, work };
}

async function applyPlan(db: QuorumDatabase, file: PlanFile, plan: PreparedPlan, now: Date, advance: (n: number) => void): Promise<PlanImportSummary> {
  const { local, target, history } = plan;
  const planId = target.plan.id;
  for (let i = 0; i < history.length; i += CHUNK) {
    const chunk = history.slice(i, i + CHUNK).map(({ seq: _elsewhere, ...h }) => h);
    await db.history.bulkAdd(chunk);
    advance(chunk.length);
  }
  const batch = newBatch(IMPORT_COMMAND, now);
  const counts = await writePlan(db, batch, local, target, advance);
  const last = await db.history.orderBy('seq').last();
  const mark: ImportMark = { at: now.toISOString(), historySeq: last?.seq ?? 0, exportedAt: file.exportedAt };
  await db.meta.put({ key: importKey(planId), value: mark });
  const seedKey = target.plan.seedKey;
  if (seedKey && !(await db.meta.get(seedMetaKey(seedKey)))) await db.meta.put({ key: seedMetaKey(seedKey), value: { planId, at: mark.at } });
  return { planId, kind: local ? 'update' : 'new', ...counts, historyImported: history.length, batch: batch.id };
}

/**
 * Makes the stored plan `local` (undefined: none) exactly `target`, recording content changes.
 * Writes go by chunks of bulk requests, awaited one after another in the caller's transaction:
 * still all or nothing, but the page can render (and show progress) between two chunks.
 */
async function writePlan(db: QuorumDatabase, batch: Batch, local: PlanBundle | undefined, target: PlanBundle, advance: (n: number) => void) {
  const counts = { created: 0, updated: 0, removed: 0 };
  for (const table of BUNDLE_TABLES) {
    const old = new Map((local ? recordsOf(local, table) : []).map((r) => [r.id, r]));
    const wanted = recordsOf(target, table);
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const puts: StoredRecord[] = [];
      const entries: HistoryEntry[] = [];
      for (const record of wanted.slice(i, i + CHUNK)) {
        const before = old.get(record.id);
        old.delete(record.id);
        const after = before && table === 'meetings' ? withSequence(before as Meeting, record as Meeting) : record;
        if (before && sameValue(before, after)) continue;
        puts.push(after);
        // A record that differs only in bookkeeping (updatedAt) is written, but is no change to undo.
        const changed = !before || differs(before, after);
        if (changed) entries.push(historyEntry(batch, { table, op: before ? 'update' : 'create', before, after }));
        if (!before) counts.created++;
        else if (changed) counts.updated++;
      }
      await writeChunk(db, table, puts, entries);
      advance(Math.min(CHUNK, wanted.length - i));
    }
    const gone = [...old.values()];
    for (let i = 0; i < gone.length; i += CHUNK) {
      const chunk = gone.slice(i, i + CHUNK);
      await db.table(table).bulkDelete(chunk.map((r) => r.id));
      await db.history.bulkAdd(chunk.map((before) => historyEntry(batch, { table, op: 'delete', before })));
      counts.removed += chunk.length;
      advance(chunk.length);
    }
  }
  return counts;
}

async function writeChunk(db: QuorumDatabase, table: RecordTable, puts: StoredRecord[], entries: HistoryEntry[]): Promise<void> {
  if (puts.length) await db.table(table).bulkPut(puts);
  if (entries.length) await db.history.bulkAdd(entries);
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
    const mine = recordsOf(local, table).find((r) => r.id === id);
    const others = (result[table] as StoredRecord[]).filter((r) => r.id !== id);
    (result as Record<string, unknown>)[table] = mine ? [...others, mine] : others;
  }
  return result;
}
