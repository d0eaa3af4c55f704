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
  return BUNDLE_TABLES.flatMap((table) => diffTable(table, recordsOf(adopted, table), recordsOf(current, table)));
}

function diffTable(table: RecordTable, before: StoredRecord[], after: StoredRecord[]): PlanDifference[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort();
  return ids.flatMap((id): PlanDifference[] => {
    const a = old.get(id);
    const b = now.get(id);
    if (!a) return [{ kind: 'added', table, id, after: b }];
    if (!b) return [{ kind: 'removed', table, id, before: a }];
    const fields = changedFields(a, b);
    return fields.length ? [{ kind: 'changed', table, id, fields, before: a, after: b }] : [];
  });
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
