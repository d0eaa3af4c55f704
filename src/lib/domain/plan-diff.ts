/*
 * Compares two versions of one plan (typically the plan as first loaded or published with
 * the plan as it is now) and lists every record added, removed or changed, with the
 * fields that changed and their values before and after. `updatedAt` and a meeting's
 * `sequence` are bookkeeping and the item under discussion is live state, not content, so
 * they are ignored.
 */
import { BUNDLE_TABLES, recordsOf, type StoredRecord } from './bundle.ts';
import { definedKeys, sameValue } from './equal.ts';
import { LIVE_FIELDS } from './sequence.ts';
import type { Id, PlanBundle, RecordTable } from './types.ts';

const IGNORED_FIELDS: readonly string[] = ['updatedAt', 'sequence', ...LIVE_FIELDS];

export type FieldChange = { field: string; before: unknown; after: unknown };

export type PlanDifference =
  | { kind: 'added'; table: RecordTable; id: Id; after: unknown }
  | { kind: 'removed'; table: RecordTable; id: Id; before: unknown }
  | { kind: 'changed'; table: RecordTable; id: Id; fields: FieldChange[]; before: unknown; after: unknown };

/** Every difference, table by table (in BUNDLE_TABLES order), then by record id. */
export function diffBundles(loaded: PlanBundle, current: PlanBundle): PlanDifference[] {
  return [...comparePlans(loaded, current).slices(Number.POSITIVE_INFINITY)].flatMap((slice) => slice.differences);
}

type DiffSlice = { differences: PlanDifference[]; compared: number };

export type PlanComparison = {
  /** Records to compare: every id of either version, table by table. */
  total: number;
  /**
   * The differences of diffBundles in the same order: slices of `size` records of one table
   * compared, then for each table a last slice with its removed records (maybe none) and
   * all its differences, sorted by id.
   */
  slices: (size: number) => Generator<DiffSlice, void, undefined>;
};

/**
 * diffBundles a slice at a time, so a caller can hand the thread back between two slices:
 * comparing 30,000 records at once is a task of seconds on a slow phone. Only the records are
 * indexed by id here; they are compared as the slices are taken, and only the differences
 * are sorted (not every id).
 */
export function comparePlans(loaded: PlanBundle, current: PlanBundle): PlanComparison {
  const tables = BUNDLE_TABLES.map((table) => {
    const old = new Map(recordsOf(loaded, table).map((r) => [r.id, r]));
    const now = new Map(recordsOf(current, table).map((r) => [r.id, r]));
    let onlyOld = 0;
    for (const id of old.keys()) if (!now.has(id)) onlyOld++;
    return { table, old, now, onlyOld };
  });
  return {
    total: tables.reduce((n, { now, onlyOld }) => n + now.size + onlyOld, 0),
    *slices(size) {
      for (const { table, old, now } of tables) {
        // Each slice's differences sorted apart, then merged: one sort of 12,000 was a long task too.
        const runs: PlanDifference[][] = [];
        // The current version's records, then those it no longer has.
        const records = [...now.values(), ...[...old.values()].filter((record) => !now.has(record.id))];
        for (let start = 0; start < records.length; start += size) {
          const slice = records.slice(start, start + size);
          const found = slice.flatMap((record) => (now.has(record.id) ? diffRecord(table, old.get(record.id), record) : removed(table, record)));
          if (found.length) runs.push(sortById(found));
          yield { differences: [], compared: slice.length };
        }
        while (runs.length > 1) {
          runs.push(mergeById(runs.shift()!, runs.shift()!));
          yield { differences: [], compared: 0 };
        }
        yield { differences: runs[0] ?? [], compared: 0 };
      }
    },
  };
}

/** In the order of the ids' code units, as `[...ids].sort()` puts them. */
function sortById(differences: PlanDifference[]): PlanDifference[] {
  return differences.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Two lists sorted by id as one. */
function mergeById(a: readonly PlanDifference[], b: readonly PlanDifference[]): PlanDifference[] {
  const merged: PlanDifference[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(b[j]!.id < a[i]!.id ? b[j++]! : a[i++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

function removed(table: RecordTable, before: StoredRecord): PlanDifference[] {
  return [{ kind: 'removed', table, id: before.id, before }];
}

/** How a record of the current version differs from the loaded one (absent there: added). */
function diffRecord(table: RecordTable, a: StoredRecord | undefined, b: StoredRecord): PlanDifference[] {
  if (!a) return [{ kind: 'added', table, id: b.id, after: b }];
  const fields = changedFields(a, b);
  return fields.length ? [{ kind: 'changed', table, id: b.id, fields, before: a, after: b }] : [];
}

/** The fields (other than the ignored ones) whose values differ, sorted by name. */
export function changedFields(before: object, after: object): FieldChange[] {
  const keys = [...new Set([...definedKeys(before), ...definedKeys(after)])].sort();
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return keys
    .filter((field) => !IGNORED_FIELDS.includes(field) && !sameValue(a[field], b[field]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}
