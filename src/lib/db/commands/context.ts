/*
 * The one way commands write. `runCommand` opens a single read-write transaction over every
 * record table, `meta` and `history`, and hands the command a context whose writes stamp the
 * record with the command's time and add its history entry in that same transaction. If
 * anything throws (invalid input, a missing record, a full disk), IndexedDB rolls the whole
 * transaction back: a command happens whole or not at all.
 * Every write first checks, in that transaction, that its plan is in organiser mode on this
 * device (db/plan-mode.ts), else throws a ReadingModeError: reading mode is not only hidden
 * buttons. A command that is the user's choice about a whole plan rather than an edit of it
 * (deleting it, undo, putting the published plan back) says so with `anyMode`.
 */
import type { Table } from 'dexie';
import { sameValue, withoutKeys } from '../../domain/equal.ts';
import { LIVE_FIELDS, nextSequence } from '../../domain/sequence.ts';
import type { AgendaItem, DocumentRef, Id, Instant, Mandate, Meeting, Milestone, Plan, RecordTable, Resolution, Section } from '../../domain/types.ts';
import type { QuorumDatabase } from '../database.ts';
import { newBatch, recordChange, type Batch } from '../history.ts';
import { readPlanMode } from '../plan-mode.ts';
import { ReadingModeError, RecordNotFoundError } from './errors.ts';

/** The record type each table holds. */
export type Rows = {
  plans: Plan;
  sections: Section;
  resolutions: Resolution;
  mandates: Mandate;
  meetings: Meeting;
  agendaItems: AgendaItem;
  documents: DocumentRef;
  milestones: Milestone;
};

export type CommandContext = {
  readonly db: QuorumDatabase;
  readonly batch: Batch;
  readonly now: Instant;
  create<K extends RecordTable>(table: K, record: Rows[K]): Promise<Rows[K]>;
  /**
   * Replaces `before` by `after`; writes nothing when they differ only by updatedAt, and keeps
   * updatedAt when they differ only by live state (LIVE_FIELDS).
   */
  update<K extends RecordTable>(table: K, before: Rows[K], after: Rows[K]): Promise<Rows[K]>;
  remove<K extends RecordTable>(table: K, before: Rows[K]): Promise<void>;
};

export type CommandOptions = {
  /** Writes to a plan in reading mode too: the command is not an edit of the plan's content. */
  anyMode?: boolean;
  /** Tables besides the plan's the command also writes, in the same transaction (a document's file). */
  alsoWrites?: readonly Table[];
};

export function runCommand<T>(
  db: QuorumDatabase,
  command: string,
  now: Date,
  work: (ctx: CommandContext) => Promise<T>,
  options: CommandOptions = {},
): Promise<T> {
  // The callback must be an async function: only then does Dexie keep the transaction across
  // native awaits in the nested async functions commands are made of.
  return db.transaction('rw', [db.plans, ...db.planTables, db.meta, db.history, ...(options.alsoWrites ?? [])], async () =>
    work(makeContext(db, newBatch(command, now), options.anyMode ? () => Promise.resolve() : organiserCheck(db))),
  );
}

/** Throws a ReadingModeError for a record of a plan in reading mode; reads each plan's mode once per command. */
function organiserCheck(db: QuorumDatabase): WriteCheck {
  const allowed = new Set<Id>();
  return async (table, record) => {
    const planId = table === 'plans' ? record.id : record.planId!;
    if (allowed.has(planId)) return;
    if ((await readPlanMode(db, planId)) !== 'organiser') throw new ReadingModeError(planId);
    allowed.add(planId);
  };
}

/** The record `id` of `table`, or a RecordNotFoundError. */
export async function mustGet<K extends RecordTable>(db: QuorumDatabase, table: K, id: Id): Promise<Rows[K]> {
  const record = (await db.table(table).get(id)) as Rows[K] | undefined;
  if (!record) throw new RecordNotFoundError(table, id);
  return record;
}

type WriteCheck = (table: RecordTable, record: { id: Id; planId?: Id }) => Promise<void>;

function makeContext(db: QuorumDatabase, batch: Batch, check: WriteCheck): CommandContext {
  const now = batch.at;
  return {
    db,
    batch,
    now,
    async create(table, record) {
      await check(table, record);
      const after = { ...record, updatedAt: now };
      await db.table(table).add(after);
      await recordChange(db, batch, { table, op: 'create', after });
      return after;
    },
    async update(table, before, after) {
      if (sameValue(withoutKeys(before, ['updatedAt']), withoutKeys(after, ['updatedAt']))) return before;
      await check(table, before);
      const content = (record: object) => withoutKeys(record, ['updatedAt', ...LIVE_FIELDS]);
      const stamped = { ...after, updatedAt: sameValue(content(before), content(after)) ? before.updatedAt : now };
      if (table === 'meetings') (stamped as Meeting).sequence = nextSequence(before as Meeting, stamped as Meeting);
      await db.table(table).put(stamped);
      await recordChange(db, batch, { table, op: 'update', before, after: stamped });
      return stamped;
    },
    async remove(table, before) {
      await check(table, before);
      await db.table(table).delete(before.id);
      await recordChange(db, batch, { table, op: 'delete', before });
    },
  };
}
