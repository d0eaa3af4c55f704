/*
 * Three-way merge of one value: what both sides started from (base), and the two sides. A side
 * that left the value as it was takes the other's; two sides that agree agree; otherwise plain
 * objects (a text and its translations, a chair) merge key by key, lists of records with ids (a
 * section's paragraphs) merge record by record, and anything else changed on both sides is a
 * conflict, settled by `choose`. `choose` is called once per conflict, with where it is.
 */
import { sameValue } from './equal.ts';
import { mergeOrder, orderConflicts } from './merge-order.ts';

export type MergeSide = 'local' | 'remote';

/** A value both sides changed, each its own way; `path` leads from the record to it. */
export type ValueConflict = { path: string[]; base: unknown; local: unknown; remote: unknown };

export type Chooser = (conflict: ValueConflict) => MergeSide;

/** Fields whose value is one whole, never merged piece by piece: an outcome is one decision. */
const WHOLE_VALUES: readonly string[] = ['outcome'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Keyed = { id: string };
function isKeyedList(value: unknown): value is Keyed[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item.id === 'string');
}

function mergeValue(path: string[], base: unknown, local: unknown, remote: unknown, choose: Chooser): unknown {
  if (sameValue(local, remote)) return local;
  if (sameValue(base, local)) return remote;
  if (sameValue(base, remote)) return local;
  const field = path[path.length - 1] ?? '';
  if (!WHOLE_VALUES.includes(field)) {
    if (isPlainObject(local) && isPlainObject(remote) && (base === undefined || isPlainObject(base)))
      return mergeObject(path, base ?? {}, local, remote, choose);
    if (isKeyedList(local) && isKeyedList(remote) && (base === undefined || isKeyedList(base))) return mergeKeyedList(path, base ?? [], local, remote, choose);
  }
  return choose({ path, base, local, remote }) === 'local' ? local : remote;
}

/** Key by key; a key absent from the result is left out (no `undefined` properties). */
export function mergeObject(
  path: string[],
  base: Record<string, unknown>,
  local: Record<string, unknown>,
  remote: Record<string, unknown>,
  choose: Chooser,
  skip: readonly string[] = [],
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const keys = [...new Set([...Object.keys(local), ...Object.keys(remote), ...Object.keys(base)])].sort();
  for (const key of keys) {
    if (skip.includes(key)) continue;
    const value = mergeValue([...path, key], base[key], local[key], remote[key], choose);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Items by id: one side's removal of an item the other left alone stands, a removal against an
 * edit is a conflict (the path ends with the item's id; its values are the item or nothing),
 * new items on either side are kept, and the order merges as sibling records do.
 */
function mergeKeyedList(path: string[], base: Keyed[], local: Keyed[], remote: Keyed[], choose: Chooser): Keyed[] {
  const b = new Map(base.map((item) => [item.id, item]));
  const l = new Map(local.map((item) => [item.id, item]));
  const r = new Map(remote.map((item) => [item.id, item]));
  const merged = new Map<string, Keyed>();
  for (const id of new Set([...l.keys(), ...r.keys(), ...b.keys()])) {
    const value = mergeValue([...path, id], b.get(id), l.get(id), r.get(id), choose);
    if (value !== undefined) merged.set(id, value as Keyed);
  }
  const order = { base: base.map((i) => i.id), local: local.map((i) => i.id), remote: remote.map((i) => i.id) };
  const chosen = new Map<string, boolean>();
  for (const id of orderConflicts(order)) {
    if (merged.has(id))
      chosen.set(
        id,
        choose({ path: [...path, id, 'order'], base: order.base.indexOf(id), local: order.local.indexOf(id), remote: order.remote.indexOf(id) }) === 'local',
      );
  }
  return mergeOrder(order, new Set(merged.keys()), (id) => chosen.get(id) ?? false).map((id) => merged.get(id)!);
}
