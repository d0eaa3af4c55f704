/*
 * Three-way merge of a plan two organisers edited apart: the version both started from (the
 * file as last read from the shared folder), the local version and the remote one (the file
 * someone else published meanwhile). Record by record and field by field: changes to different
 * records or fields merge by themselves; a field changed on both sides is a conflict the
 * organiser settles; new records on either side are kept; a record deleted on one side and
 * edited on the other (itself or what it holds: a meeting's agenda items) is a conflict. Orders
 * of siblings merge as lists (merge-order.ts); a meeting's SEQUENCE rises above the published
 * one when its calendar fields differ from it; references to records gone are dropped, as the
 * delete commands drop them. `mergePlans` lists the conflicts; `resolve` builds the plan with
 * a side chosen for each.
 */
import { BUNDLE_TABLES, recordsOf, type StoredRecord } from './bundle.ts';
import { sameValue } from './equal.ts';
import { mergeOrder, movedItems, orderConflicts, type SideOrder } from './merge-order.ts';
import { mergeObject, type MergeSide, type ValueConflict } from './merge-values.ts';
import { CALENDAR_FIELDS, LIVE_FIELDS } from './sequence.ts';
import type { Id, Meeting, PlanBundle, RecordTable } from './types.ts';

export type { MergeSide } from './merge-values.ts';

export type MergeConflict =
  /** Both sides changed one field (or one piece of it: `path`), or moved one record to different places (`path` is ['order']). */
  | ({ kind: 'field'; key: string; table: RecordTable; id: Id } & ValueConflict)
  /** One side deleted a record the other edited, or in which it edited or added records. */
  | { kind: 'deleted'; key: string; table: RecordTable; id: Id; deletedBy: MergeSide; kept: StoredRecord };

export type PlanMerge = {
  conflicts: MergeConflict[];
  /** The merged plan, with the side chosen for each conflict (by key); throws when one is missing. */
  resolve: (choices: ReadonlyMap<string, MergeSide>) => PlanBundle;
};

type Sides<T> = { base: T; local: T; remote: T };
type Table = Exclude<RecordTable, 'plans'>;
type Loose = StoredRecord & Record<string, unknown>;

/** The record each record belongs to: deleting that one deletes it too. */
const PARENTS: Partial<Record<Table, { field: string; table: RecordTable }>> = {
  sections: { field: 'parentId', table: 'sections' },
  mandates: { field: 'resolutionId', table: 'resolutions' },
  agendaItems: { field: 'meetingId', table: 'meetings' },
};

/** Lists of siblings ordered by `order`, grouped by this field (the plan itself for resolutions). */
const ORDERED: Partial<Record<Table, string | null>> = { sections: 'parentId', resolutions: null, mandates: 'resolutionId', agendaItems: 'meetingId' };

/** Optional references dropped when what they point to is gone. */
const SOURCE_FIELDS: Partial<Record<Table, { field: string; table: RecordTable }[]>> = {
  resolutions: [{ field: 'sectionId', table: 'sections' }],
  meetings: [
    { field: 'sourceSectionId', table: 'sections' },
    { field: 'currentItemId', table: 'agendaItems' },
  ],
  milestones: [{ field: 'sourceSectionId', table: 'sections' }],
};

/** Bookkeeping the merge computes, never a conflict: stamps, SEQUENCE, dense orders, live state. */
const COMPUTED: readonly string[] = ['updatedAt', 'sequence', 'order', ...LIVE_FIELDS];

const other = (side: MergeSide): MergeSide => (side === 'local' ? 'remote' : 'local');
const keyOf = (table: RecordTable, id: Id, path: readonly string[] = []) => [table, id, ...path].join('/');

/** Content equality: the same record but for its stamp, SEQUENCE and number among its siblings. */
function sameContent(a: StoredRecord | undefined, b: StoredRecord | undefined): boolean {
  if (!a || !b) return a === b;
  const plain = (r: StoredRecord) => ({ ...r, updatedAt: '', sequence: 0, order: 0 });
  return sameValue(plain(a), plain(b));
}

class Versions {
  readonly byId: Sides<Map<RecordTable, Map<Id, Loose>>>;
  /** Per side: the children of each record (table/id), for "edited what it holds". */
  private readonly children: Sides<Map<string, { table: Table; id: Id }[]>>;

  constructor(readonly bundles: Sides<PlanBundle>) {
    const index = (bundle: PlanBundle) => new Map(BUNDLE_TABLES.map((table) => [table, new Map(recordsOf(bundle, table).map((r) => [r.id, r as Loose]))]));
    this.byId = { base: index(bundles.base), local: index(bundles.local), remote: index(bundles.remote) };
    const childrenOf = (bundle: PlanBundle) => {
      const map = new Map<string, { table: Table; id: Id }[]>();
      for (const [table, parent] of Object.entries(PARENTS) as [Table, { field: string; table: RecordTable }][]) {
        for (const record of bundle[table] as Loose[]) {
          const parentId = record[parent.field];
          if (typeof parentId !== 'string') continue;
          const key = keyOf(parent.table, parentId);
          map.set(key, [...(map.get(key) ?? []), { table, id: record.id }]);
        }
      }
      return map;
    };
    this.children = { base: childrenOf(bundles.base), local: childrenOf(bundles.local), remote: childrenOf(bundles.remote) };
  }

  get(side: keyof Sides<unknown>, table: RecordTable, id: Id): Loose | undefined {
    return this.byId[side].get(table)!.get(id);
  }

  private readonly moved = new Map<string, Set<Id>>();

  /** Whether `side` moved the record among its siblings (not merely renumbered it when another moved). */
  movedBy(side: MergeSide, table: RecordTable, id: Id): boolean {
    const groupField = ORDERED[table as Table];
    const record = this.get(side, table, id);
    if (groupField === undefined || !record) return false;
    const group = groupOf(record, groupField);
    const key = `${side}/${table}/${group}`;
    let moved = this.moved.get(key);
    if (!moved) {
      const list = (s: keyof Sides<unknown>) => sideOrder(this.byId[s].get(table)!.values(), groupField, group);
      moved = movedItems(list('base'), list(side));
      this.moved.set(key, moved);
    }
    return moved.has(id);
  }

  /** Whether `side` changed the record or anything it holds, however deep, compared with the base. */
  changedWithin(side: MergeSide, table: RecordTable, id: Id): boolean {
    if (!sameContent(this.get('base', table, id), this.get(side, table, id)) || this.movedBy(side, table, id)) return true;
    return (this.children[side].get(keyOf(table, id)) ?? []).some((child) => this.changedWithin(side, child.table, child.id));
  }

  /** Whether the base's parent of this record was deleted by `side` too (its conflict, if any, covers this one). */
  parentDeletedBy(side: MergeSide, table: RecordTable, id: Id): boolean {
    const parent = PARENTS[table as Table];
    const parentId = parent ? this.get('base', table, id)?.[parent.field] : undefined;
    if (!parent || typeof parentId !== 'string') return false;
    return this.get('base', parent.table, parentId) !== undefined && this.get(side, parent.table, parentId) === undefined;
  }
}

export function mergePlans(base: PlanBundle, local: PlanBundle, remote: PlanBundle): PlanMerge {
  const versions = new Versions({ base, local, remote });
  const conflicts: MergeConflict[] = [];
  build(versions, (conflict) => {
    conflicts.push(conflict);
    return 'remote';
  });
  return {
    conflicts,
    resolve: (choices) =>
      build(versions, (conflict) => {
        const side = choices.get(conflict.key);
        if (!side) throw new Error(`No side chosen for the conflict ${conflict.key}`);
        return side;
      }),
  };
}

type Choose = (conflict: MergeConflict) => MergeSide;

function build(versions: Versions, choose: Choose): PlanBundle {
  const merged = new Map<RecordTable, Map<Id, Loose>>();
  for (const table of BUNDLE_TABLES) merged.set(table, mergeTable(versions, table, choose));
  cascadeDeletions(merged);
  for (const table of BUNDLE_TABLES) if (table !== 'plans' && ORDERED[table] !== undefined) renumber(versions, merged, table, choose);
  dropDanglingSources(merged);
  for (const table of BUNDLE_TABLES) for (const record of merged.get(table)!.values()) restamp(versions, table, record);
  const list = (table: Table) => [...merged.get(table)!.values()] as never;
  return {
    plan: [...merged.get('plans')!.values()][0] as never,
    sections: list('sections'),
    resolutions: list('resolutions'),
    mandates: list('mandates'),
    meetings: list('meetings'),
    agendaItems: list('agendaItems'),
    documents: list('documents'),
    milestones: list('milestones'),
  };
}

function mergeTable(versions: Versions, table: RecordTable, choose: Choose): Map<Id, Loose> {
  const ids = new Set([...versions.byId.remote.get(table)!.keys(), ...versions.byId.local.get(table)!.keys(), ...versions.byId.base.get(table)!.keys()]);
  const out = new Map<Id, Loose>();
  for (const id of ids) {
    const record = mergeRecord(versions, table, id, choose);
    // A copy: renumbering and restamping write to it, and the sides are read again by resolve.
    if (record) out.set(id, { ...record });
  }
  return out;
}

function mergeRecord(versions: Versions, table: RecordTable, id: Id, choose: Choose): Loose | undefined {
  const base = versions.get('base', table, id);
  const local = versions.get('local', table, id);
  const remote = versions.get('remote', table, id);
  if (!local && !remote) return undefined;
  if (base && (!local || !remote)) {
    const deletedBy: MergeSide = local ? 'remote' : 'local';
    const keeper = other(deletedBy);
    // Under a parent this side deleted too: it follows the parent (cascadeDeletions), whose
    // conflict, if any, decides for both.
    if (versions.parentDeletedBy(deletedBy, table, id)) return versions.get(keeper, table, id);
    if (!versions.changedWithin(keeper, table, id)) return undefined;
    const kept = versions.get(keeper, table, id)!;
    const side = choose({ kind: 'deleted', key: keyOf(table, id), table, id, deletedBy, kept });
    return side === deletedBy ? undefined : kept;
  }
  if (!local || !remote) return local ?? remote;
  const fieldChoose = (conflict: ValueConflict) => choose({ kind: 'field', key: keyOf(table, id, conflict.path), table, id, ...conflict });
  const fields = mergeObject([], base ?? {}, local, remote, fieldChoose, COMPUTED);
  // Computed fields start from the remote record; renumber and restamp settle them.
  const computed = Object.fromEntries(COMPUTED.filter((f) => remote[f] !== undefined).map((f) => [f, remote[f]]));
  // Live state: the side that changed it (both: this device's, where the meeting is being followed).
  for (const field of LIVE_FIELDS) {
    const value = sameValue(base?.[field], local[field]) ? remote[field] : local[field];
    if (value === undefined) delete computed[field];
    else computed[field] = value;
  }
  return { ...fields, ...computed } as Loose;
}

/** Records whose parent is gone go with it (a deletion kept after its conflict, or a cascade). */
function cascadeDeletions(merged: Map<RecordTable, Map<Id, Loose>>) {
  for (let removed = true; removed;) {
    removed = false;
    for (const [table, parent] of Object.entries(PARENTS) as [Table, { field: string; table: RecordTable }][]) {
      const records = merged.get(table)!;
      for (const [id, record] of records) {
        const parentId = record[parent.field];
        if (typeof parentId === 'string' && !merged.get(parent.table)!.has(parentId)) {
          records.delete(id);
          removed = true;
        }
      }
    }
  }
}

/** The list a record belongs to: its parent's id ('' for top-level records and for resolutions). */
function groupOf(record: Loose, groupField: string | null): string {
  const value = groupField === null ? undefined : record[groupField];
  return typeof value === 'string' ? value : '';
}

function sideOrder(records: Iterable<Loose>, groupField: string | null, group: string): Id[] {
  return [...records]
    .filter((r) => groupOf(r, groupField) === group)
    .sort((a, b) => Number(a.order) - Number(b.order) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => r.id);
}

/** Each list of siblings in merged order, numbered 0, 1, 2... */
function renumber(versions: Versions, merged: Map<RecordTable, Map<Id, Loose>>, table: Table, choose: Choose) {
  const groupField = ORDERED[table]!;
  const records = merged.get(table)!;
  const groups = new Map<string, Set<Id>>();
  for (const record of records.values()) {
    const group = groupOf(record, groupField);
    groups.set(group, (groups.get(group) ?? new Set()).add(record.id));
  }
  for (const [group, members] of groups) {
    const of = (side: keyof Sides<unknown>) => sideOrder(versions.byId[side].get(table)!.values(), groupField, group);
    const order: SideOrder = { base: of('base'), local: of('local'), remote: of('remote') };
    const localWins = new Map<Id, boolean>();
    for (const id of orderConflicts(order)) {
      if (!members.has(id)) continue;
      const position = { base: order.base.indexOf(id), local: order.local.indexOf(id), remote: order.remote.indexOf(id) };
      localWins.set(id, choose({ kind: 'field', key: keyOf(table, id, ['order']), table, id, path: ['order'], ...position }) === 'local');
    }
    for (const [order_, id] of mergeOrder(order, members, (id) => localWins.get(id) ?? false).entries()) {
      records.set(id, { ...records.get(id)!, order: order_ });
    }
  }
}

function dropDanglingSources(merged: Map<RecordTable, Map<Id, Loose>>) {
  for (const [table, sources] of Object.entries(SOURCE_FIELDS) as [Table, { field: string; table: RecordTable }[]][]) {
    const records = merged.get(table)!;
    for (const [id, record] of records) {
      const gone = sources.filter(({ field, table: target }) => typeof record[field] === 'string' && !merged.get(target)!.has(record[field]));
      if (gone.length === 0) continue;
      const copy = { ...record };
      for (const { field } of gone) delete copy[field];
      records.set(id, copy);
    }
  }
  const documents = merged.get('documents')!;
  for (const [id, doc] of documents) {
    const citedIn = doc.citedIn as { kind: string; id: Id }[];
    const kept = citedIn.filter((c) => merged.get(`${c.kind}s` as RecordTable)?.has(c.id));
    if (kept.length !== citedIn.length) documents.set(id, { ...doc, citedIn: kept });
  }
}

/**
 * `updatedAt`: a side's own stamp when the record is that side's, else the later one. A
 * meeting's SEQUENCE: at least both sides', and above the published (remote) one when what a
 * calendar shows differs from it, so subscribed calendars take the merged meeting.
 */
function restamp(versions: Versions, table: RecordTable, record: Loose) {
  const local = versions.get('local', table, record.id);
  const remote = versions.get('remote', table, record.id);
  const equalTo = (side: Loose | undefined) =>
    side !== undefined && sameValue({ ...record, updatedAt: '' }, { ...side, updatedAt: '', sequence: record.sequence });
  if (equalTo(remote)) record.updatedAt = remote!.updatedAt;
  else if (equalTo(local)) record.updatedAt = local!.updatedAt;
  else
    record.updatedAt =
      [local?.updatedAt, remote?.updatedAt]
        .filter((s): s is string => s !== undefined)
        .sort()
        .pop() ?? record.updatedAt;
  if (table !== 'meetings') return;
  const meeting = record as unknown as Meeting;
  const sequences = [local, remote].map((m) => (m ? Number(m.sequence) : 0));
  const moved = remote !== undefined && CALENDAR_FIELDS.some((field) => !sameValue(meeting[field], remote[field]));
  meeting.sequence = Math.max(...sequences, moved ? Number(remote.sequence) + 1 : 0);
}
