/*
 * What applying a plan file would do, worked out before anything is written: for each plan
 * of the file, either a new plan, or the records it would add, change and remove here, with
 * the meetings rescheduled listed apart, the paragraphs whose text changes, and the records
 * the user edited since the last import that the file would overwrite (conflicts). Read
 * only: one read transaction, so the preview describes one consistent state.
 */
import { diffBundles, type PlanDifference } from '../domain/plan-diff.ts';
import type { Id, Instant, LocalizedText, Plan, PlanBundle, RecordTable, Section } from '../domain/types.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { loadPlanBundle } from '../db/queries.ts';
import { sameValue } from '../domain/equal.ts';
import type { PlanFile, PlanFileEntry } from './format.ts';
import { idsOfOtherPlans, indexBundle, lastPlanSeq, localEdits, readImportMark, recordKey, unseenHistory } from './local-state.ts';
import type { FileProblem } from './problems.ts';
import { scheduleChanges, type ScheduleChange } from './schedule.ts';

export type RecordRef = { table: RecordTable; id: Id };

/** A record the user changed here since the last import, which the file would overwrite. */
export type Conflict = RecordRef & {
  /** As last imported (or seeded); undefined when the user created it. */
  base: unknown;
  /** As it is here now; undefined when the user deleted it. */
  local: unknown;
  /** As the file has it; undefined when the file removes it. */
  incoming: unknown;
  editedAt: Instant;
};

export type TextChange = {
  sectionId: Id;
  paragraphId: Id;
  kind: 'added' | 'removed' | 'changed';
  before?: LocalizedText;
  after?: LocalizedText;
};

type Counts = Record<Exclude<keyof PlanBundle, 'plan'>, number>;

export type NewPlanPreview = {
  kind: 'new';
  /** Place of the plan in the file. */
  index: number;
  plan: Plan;
  counts: Counts;
  historyEntries: number;
};

export type UpdatePreview = {
  kind: 'update';
  index: number;
  /** The plan as the file has it. */
  plan: Plan;
  localPlan: Plan;
  /** Every record added, changed (fields before/after) or removed; empty when the file changes nothing. */
  changes: PlanDifference[];
  schedule: ScheduleChange[];
  texts: TextChange[];
  conflicts: Conflict[];
  /** History entries of the file not already here. */
  historyEntries: number;
  /** When this plan was last imported here, if ever. */
  lastImportAt?: Instant;
};

export type PlanPreview = NewPlanPreview | UpdatePreview;

export type ImportPreview = {
  exportedAt: Instant;
  plans: PlanPreview[];
  /** Reasons the file cannot be applied at all (ids of another plan here); empty when it can. */
  problems: FileProblem[];
  canApply: boolean;
  /** For each plan of the file, the last history `seq` here when the preview was made: apply refuses if it moved. */
  seenHistory: Record<Id, number>;
};

export async function previewImport(db: QuorumDatabase, file: PlanFile): Promise<ImportPreview> {
  return db.transaction('r', [db.plans, ...db.planTables, db.meta, db.history], async () => {
    const entries = file.plans.map((entry, index) => ({ entry, index }));
    const problems = await idsOfOtherPlans(db, entries);
    const plans = await Promise.all(entries.map(({ entry, index }) => previewPlan(db, entry, index)));
    const seenHistory: Record<Id, number> = {};
    for (const { entry } of entries) seenHistory[entry.bundle.plan.id] = await lastPlanSeq(db, entry.bundle.plan.id);
    return { exportedAt: file.exportedAt, plans, problems, canApply: problems.length === 0, seenHistory };
  });
}

async function previewPlan(db: QuorumDatabase, entry: PlanFileEntry, index: number): Promise<PlanPreview> {
  const incoming = entry.bundle;
  const historyEntries = (await unseenHistory(db, entry.history)).length;
  const local = await loadPlanBundle(db, incoming.plan.id);
  if (!local) return { kind: 'new', index, plan: incoming.plan, counts: counts(incoming), historyEntries };
  const changes = diffBundles(local, incoming);
  const lastImportAt = (await readImportMark(db, local.plan.id))?.at;
  return {
    kind: 'update', index, plan: incoming.plan, localPlan: local.plan, changes,
    schedule: scheduleChanges(changes),
    texts: textChanges(changes),
    conflicts: await conflicts(db, local, incoming, changes),
    historyEntries,
    ...(lastImportAt ? { lastImportAt } : {}),
  };
}

function counts(bundle: PlanBundle): Counts {
  const { plan: _plan, ...lists } = bundle;
  return Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, list.length])) as Counts;
}

/** Records both edited here and changed by the file. */
async function conflicts(db: QuorumDatabase, local: PlanBundle, incoming: PlanBundle, changes: PlanDifference[]): Promise<Conflict[]> {
  const edits = await localEdits(db, local);
  const here = indexBundle(local);
  const there = indexBundle(incoming);
  return changes.flatMap((change): Conflict[] => {
    const key = recordKey(change.table, change.id);
    const edit = edits.get(key);
    if (!edit) return [];
    return [{ table: change.table, id: change.id, base: edit.base, local: here.get(key), incoming: there.get(key), editedAt: edit.editedAt }];
  });
}

/** Paragraphs added, removed or reworded in the sections the file changes. */
function textChanges(changes: readonly PlanDifference[]): TextChange[] {
  return changes.flatMap((change) => {
    if (change.table !== 'sections' || change.kind !== 'changed') return [];
    const before = new Map((change.before as Section).paragraphs.map((p) => [p.id, p.text]));
    const after = new Map((change.after as Section).paragraphs.map((p) => [p.id, p.text]));
    const ids = [...new Set([...before.keys(), ...after.keys()])];
    return ids.flatMap((paragraphId): TextChange[] => {
      const a = before.get(paragraphId);
      const b = after.get(paragraphId);
      const base = { sectionId: change.id, paragraphId };
      if (!a) return [{ ...base, kind: 'added', after: b }];
      if (!b) return [{ ...base, kind: 'removed', before: a }];
      return sameValue(a, b) ? [] : [{ ...base, kind: 'changed', before: a, after: b }];
    });
  });
}
