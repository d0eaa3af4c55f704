/*
 * What one run of a live query read, so that only the changes touching it re-run it. Dexie's
 * 'storagemutated' event names each changed part "idb://<db>/<table>/<index>" ('' for the
 * primary key) with a RangeSet of the keys (or index values) written. A query notes whole
 * tables (any change counts) or keys of an index; a record read through an index is noted by
 * its primary key too, because Dexie does not always know a changed record's old index value
 * (a record moved to another meeting names only its new meetingId, and its own key).
 */
import type { IndexableType, Table } from 'dexie';

/** IndexedDB's own key order (Dexie's `cmp` is the same, but this module is on the first screen, which loads no Dexie). */
const cmp = (a: IndexableType, b: IndexableType) => indexedDB.cmp(a, b);

/** A storagemutated payload: RangeSets, or their structured clones from another tab. */
export type ChangedParts = Record<string, unknown>;
type Node = { from?: IndexableType; to?: IndexableType; l?: Node; r?: Node };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTable = Table<any, any>;

const partOf = (table: AnyTable, index: string) => `idb://${table.db.name}/${table.name}/${index}`;

export class Reads {
  // Per part, the keys read; 'all' for a whole table (every write names some primary key).
  readonly #keys = new Map<string, Set<IndexableType> | 'all'>();

  /** Any change to `table` concerns the query. */
  table(table: AnyTable): void {
    this.#keys.set(partOf(table, ''), 'all');
  }

  /** A change to a record whose `index` ('' for the primary key) holds one of `keys` concerns it. */
  keys(table: AnyTable, index: string, keys: Iterable<IndexableType>): void {
    const part = partOf(table, index);
    let set = this.#keys.get(part);
    if (set === 'all') return;
    if (!set) this.#keys.set(part, (set = new Set()));
    for (const key of keys) set.add(key);
  }

  /** Whether a change Dexie reported touches anything this run read. */
  touchedBy(changed: ChangedParts): boolean {
    // 'all': Dexie's own signal after a page comes back from the back-forward cache.
    return Object.entries(changed).some(([part, node]) => {
      const keys = this.#keys.get(part);
      return part === 'all' || (keys !== undefined && overlaps(node as Node, keys));
    });
  }
}

/** Whether one of `keys` (or any key, for 'all') lies in a range of the RangeSet tree `node`. */
function overlaps(node: Node | undefined, keys: Set<IndexableType> | 'all'): boolean {
  if (!node || !('from' in node)) return false;
  const { from, to } = node as Required<Node>;
  // A compound key ([planId, recordId]) is an array: found by IndexedDB's order, not by identity.
  const point = (k: IndexableType) => (Array.isArray(from) ? cmp(k, from) === 0 : false);
  const hit = keys === 'all' || (cmp(from, to) ? [...keys].some((k) => cmp(k, from) >= 0 && cmp(k, to) <= 0) : keys.has(from) || [...keys].some(point));
  return hit || overlaps(node.l, keys) || overlaps(node.r, keys);
}

/** Notes records read through `index` = `value` (by another function, e.g. a paged read). */
export function noteRows<T, K, I>(reads: Reads, table: Table<T, K, I>, index: string, value: IndexableType, rows: readonly T[]): void {
  const key = table.schema.primKey.keyPath as string;
  reads.keys(table, index, [value]);
  reads.keys(
    table,
    '',
    rows.map((row) => (row as Record<string, IndexableType>)[key]!),
  );
}

/** The records whose `index` equals `value`, noted by that value and by their keys. */
export async function whereIn<T, K, I>(reads: Reads, table: Table<T, K, I>, index: string, value: IndexableType): Promise<T[]> {
  const rows = await table.where(index).equals(value).toArray();
  noteRows(reads, table, index, value, rows);
  return rows;
}
