/*
 * Compares two versions of one plan (typically the plan as adopted, i.e. as first loaded,
 * with the plan as it is now) and lists every record added, removed or changed, with the
 * fields that changed and their values before and after. `updatedAt` and a meeting's
 * `sequence` are bookkeeping and the item under discussion is live state, not content, so
 * they are ignored.
 */
import { BUNDLE_TABLES, recordsOf, type StoredRecord } from './bundle.ts';
import { definedKeys, sameValue } from './equal.ts';
import { LIVE_FIELDS } from './sequence.ts';
import type { Id, PlanBundle, RecordTable } from './types.ts';

export const IGNORED_FIELDS: readonly string[] = ['updatedAt', 'sequence', ...LIVE_FIELDS];

export type FieldChange = { field: string; before: unknown; after: unknown };

export type PlanDifference =
  | { kind: 'added'; table: RecordTable; id: Id; after: unknown }
  | { kind: 'removed'; table: RecordTable; id: Id; before: unknown }
  | { kind: 'changed'; table: RecordTable; id: Id; fields: FieldChange[]; before: unknown; after: unknown };

/** Every difference, table by table (in BUNDLE_TABLES order), then by record id. */
export function diffBundles(adopted: PlanBundle, current: PlanBundle): PlanDifference[] {
  return [...comparePlans(adopted, current).slices(Number.POSITIVE_INFINITY)].flatMap((slice) => slice.differences);
}

export type DiffSlice = { differences: PlanDifference[]; compared: number };

export type PlanComparison = {
  /** Records to compare: every id of either version, table by table. */
  total: number;
  /** The differences of diffBundles in order, `size` records of one table compared per slice. */
  slices: (size: number) => Generator<DiffSlice, void, undefined>;
};

/**
 * diffBundles a slice at a time, so a caller can hand the thread back between two slices:
 * comparing 30,000 records at once is a task of seconds on a slow phone. Only the records'
 * ids are gathered here; the records are compared as the slices are taken.
 */
export function comparePlans(adopted: PlanBundle, current: PlanBundle): PlanComparison {
  const tables = BUNDLE_TABLES.map((table) => {
    const old = new Map(recordsOf(adopted, table).map((r) => [r.id, r]));
    const now = new Map(recordsOf(current, table).map((r) => [r.id, r]));
    return { table, old, now, ids: [...new Set([...old.keys(), ...now.keys()])].sort() };
  });
  return {
    total: tables.reduce((n, { ids }) => n + ids.length, 0),
    *slices(size) {
      for (const { table, old, now, ids } of tables) {
        for (let start = 0; start < ids.length; start += size) {
          const slice = ids.slice(start, start + size);
          yield { differences: slice.flatMap((id) => diffRecord(table, id, old.get(id), now.get(id))), compared: slice.length };
        }
      }
    },
  };
}

function diffRecord(table: RecordTable, id: Id, a: StoredRecord | undefined, b: StoredRecord | undefined): PlanDifference[] {
  if (!a) return [{ kind: 'added', table, id, after: b }];
  if (!b) return [{ kind: 'removed', table, id, before: a }];
  const fields = changedFields(a, b);
  return fields.length ? [{ kind: 'changed', table, id, fields, before: a, after: b }] : [];
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
