/*
 * What applying a plan file would do, worked out before anything is written: for each plan
 * of the file, either a new plan, or the records it would add, change and remove here, with
 * the meetings rescheduled listed apart, the paragraphs whose text changes, and the records
 * the user edited since the last import that the file would overwrite (conflicts), and
 * whether the file comes from the publisher expected for the plan (trust). Read
 * only: what is here is read in one read transaction, so the preview describes one consistent
 * state; the records are compared after it, COMPARE_SLICE at a time with a pause for the
 * browser between two (a calendar merged into a large plan is 30,000 records to compare).
 */
import { comparePlans, type PlanDifference } from '../domain/plan-diff.ts';
import type { Id, Instant, LocalizedText, Plan, PlanBundle, RecordTable, Section } from '../domain/types.ts';
import { pinnedKeysOf } from '../db/commands/follow-commands.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { loadPlanBundle } from '../db/queries.ts';
import { sameValue } from '../domain/equal.ts';
import { trustOf, type Trust } from '../domain/trust.ts';
import type { PlanFile, PlanFileEntry } from './format.ts';
import { idsOfOtherPlans, lastPlanSeq, localEdits, readImportMark, recordKey, unseenHistory, type LocalEdit } from './local-store.ts';
import { counter, nextTask, type OnProgress } from './progress.ts';
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
  /** Whether the file comes from the publisher expected for this plan (domain/trust.ts). */
  trust: Trust;
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
  trust: Trust;
};

export type PlanPreview = NewPlanPreview | UpdatePreview;

export type ImportPreview = {
  exportedAt: Instant;
  plans: PlanPreview[];
  /** Reasons the file cannot be applied at all (ids of another plan here); empty when it can. */
  problems: FileProblem[];
  canApply: boolean;
  /** Some plan of the file is not verified (trust 'unverified'): applying needs the user's explicit consent. */
  unverified: boolean;
  /** For each plan of the file, the last history `seq` here when the preview was made: apply refuses if it moved. */
  seenHistory: Record<Id, number>;
};

/** Records compared per task: about 50 ms on a slow phone (a record takes some 40 µs there). */
export const COMPARE_SLICE = 1000;

/** What the device holds for one plan of the file, read in the preview's transaction. */
type Here = {
  entry: PlanFileEntry;
  index: number;
  historyEntries: number;
  trust: Trust;
  /** Undefined when the plan is not on this device. */
  local?: { bundle: PlanBundle; edits: Map<string, LocalEdit>; lastImportAt?: Instant };
};

/** Reports the records compared as step 'comparing'. */
export async function previewImport(db: QuorumDatabase, file: PlanFile, onProgress?: OnProgress): Promise<ImportPreview> {
  const { problems, here, seenHistory } = await db.transaction('r', [db.plans, ...db.planTables, db.meta, db.history], async () => {
    const entries = file.plans.map((entry, index) => ({ entry, index }));
    const problems = await idsOfOtherPlans(db, entries);
    const seenHistory: Record<Id, number> = {};
    for (const { entry } of entries) seenHistory[entry.bundle.plan.id] = await lastPlanSeq(db, entry.bundle.plan.id);
    return { problems, seenHistory, here: await Promise.all(entries.map(({ entry, index }) => readHere(db, file, entry, index))) };
  });
  const plans = await comparePlansHere(here, onProgress);
  const unverified = plans.some((p) => p.trust.kind === 'unverified');
  return { exportedAt: file.exportedAt, plans, problems, canApply: problems.length === 0, unverified, seenHistory };
}

async function readHere(db: QuorumDatabase, file: PlanFile, entry: PlanFileEntry, index: number): Promise<Here> {
  const historyEntries = (await unseenHistory(db, entry.history)).length;
  const trust = trustOf(file.checkedSignature, await pinnedKeysOf(db, entry.bundle.plan.id));
  const bundle = await loadPlanBundle(db, entry.bundle.plan.id);
  if (!bundle) return { entry, index, historyEntries, trust };
  const edits = await localEdits(db, bundle);
  const lastImportAt = (await readImportMark(db, bundle.plan.id))?.at;
  return { entry, index, historyEntries, trust, local: { bundle, edits, ...(lastImportAt ? { lastImportAt } : {}) } };
}

/** Each plan of the file against what is here, a slice per task, counted across the plans. */
async function comparePlansHere(here: readonly Here[], onProgress?: OnProgress): Promise<PlanPreview[]> {
  await nextTask(); // the records are indexed in a task of their own, not after the transaction's last read
  const comparisons = here.map((h) => (h.local ? comparePlans(h.local.bundle, h.entry.bundle) : undefined));
  const compared = counter(
    'comparing',
    comparisons.reduce((n, c) => n + (c?.total ?? 0), 0),
    onProgress,
  );
  const plans: PlanPreview[] = [];
  for (const [k, { entry, index, historyEntries, trust, local }] of here.entries()) {
    const incoming = entry.bundle;
    if (!local) {
      plans.push({ kind: 'new', index, plan: incoming.plan, counts: counts(incoming), historyEntries, trust });
      continue;
    }
    const changes: PlanDifference[] = [];
    const slices = comparisons[k]!.slices(COMPARE_SLICE);
    for (;;) {
      await nextTask(); // each slice in a task of its own
      const slice = slices.next();
      if (slice.done) break;
      for (const change of slice.value.differences) changes.push(change);
      if (slice.value.compared) compared(slice.value.compared);
    }
    plans.push({
      kind: 'update',
      index,
      plan: incoming.plan,
      localPlan: local.bundle.plan,
      changes,
      schedule: scheduleChanges(changes),
      texts: textChanges(changes),
      conflicts: conflicts(local.edits, changes),
      historyEntries,
      trust,
      ...(local.lastImportAt ? { lastImportAt: local.lastImportAt } : {}),
    });
  }
  return plans;
}

function counts(bundle: PlanBundle): Counts {
  const { plan: _plan, ...lists } = bundle;
  return Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, list.length])) as Counts;
}

/** Records both edited here and changed by the file: a change holds the record as it is here (before) and in the file (after). */
function conflicts(edits: ReadonlyMap<string, LocalEdit>, changes: readonly PlanDifference[]): Conflict[] {
  return changes.flatMap((change): Conflict[] => {
    const edit = edits.get(recordKey(change.table, change.id));
    if (!edit) return [];
    const local = change.kind === 'added' ? undefined : change.before;
    const incoming = change.kind === 'removed' ? undefined : change.after;
    return [{ table: change.table, id: change.id, base: edit.base, local, incoming, editedAt: edit.editedAt }];
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
