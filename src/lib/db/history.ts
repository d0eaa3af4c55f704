/*
 * The history of every change, in the `history` table: one entry per record a command wrote,
 * holding the record before and after, written inside the command's own transaction (so a
 * change and its history are stored together or not at all). Entries of one command share a
 * batch id, which is what undo reverts. Entries are kept when a plan is deleted, so that the
 * deletion itself can be undone.
 */
import Dexie from 'dexie';
import type { HistoryEntry, Id, Instant, RecordTable } from '../domain/types.ts';
import type { QuorumDatabase } from './database.ts';
import { randomId } from './commands/ids.ts';

/** The command name of the batches undo writes; they are history, never undone themselves. */
export const UNDO_COMMAND = 'undo';

export type Batch = { id: string; command: string; at: Instant };

export type Change = {
  table: RecordTable;
  op: HistoryEntry['op'];
  before?: { id: Id } | undefined;
  after?: { id: Id } | undefined;
};

export type UndoableBatch = { batch: string; command: string; at: Instant; planId: Id; entries: HistoryEntry[] };

export function newBatch(command: string, now: Date): Batch {
  return { id: randomId(), command, at: now.toISOString() };
}

/** Writes one history entry; call it inside the transaction that makes the change. */
export async function recordChange(db: QuorumDatabase, batch: Batch, change: Change): Promise<void> {
  await db.history.add(historyEntry(batch, change));
}

/** The history entry of `change` in `batch`, for writing many at once with bulkAdd. */
export function historyEntry(batch: Batch, change: Change): HistoryEntry {
  const record = (change.after ?? change.before) as { id: Id; planId?: Id };
  return {
    planId: change.table === 'plans' ? record.id : record.planId!,
    batch: batch.id,
    command: batch.command,
    at: batch.at,
    table: change.table,
    recordId: record.id,
    op: change.op,
    ...(change.before ? { before: change.before } : {}),
    ...(change.after ? { after: change.after } : {}),
  };
}

/**
 * Every change to one record of plan `planId`, newest first. Only that plan's entries: an
 * entry of another plan naming the same id (a forged file's) is not this record's history.
 */
export async function historyOfRecord(db: QuorumDatabase, planId: Id, recordId: Id): Promise<HistoryEntry[]> {
  return (
    await db.history
      .where({ recordId })
      .filter((e) => e.planId === planId)
      .sortBy('seq')
  ).reverse();
}

/** The latest changes to a plan and its records, newest first. */
export async function historyOfPlan(db: QuorumDatabase, planId: Id, limit = 200): Promise<HistoryEntry[]> {
  return planEntries(db, planId).reverse().limit(limit).toArray();
}

/** The plan's latest batch that undo can revert (not undone, not itself an undo), if any. */
export async function lastUndoableBatch(db: QuorumDatabase, planId: Id): Promise<UndoableBatch | undefined> {
  const last = await planEntries(db, planId)
    .reverse()
    .filter((e) => !e.undone && e.command !== UNDO_COMMAND)
    .first();
  if (!last) return undefined;
  const entries = await db.history.where({ batch: last.batch }).sortBy('seq');
  return { batch: last.batch, command: last.command, at: last.at, planId, entries };
}

function planEntries(db: QuorumDatabase, planId: Id) {
  return db.history.where('[planId+seq]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]);
}
