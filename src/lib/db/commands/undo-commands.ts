/*
 * Going back: undo the last command on a plan (its whole batch, marked undone so the next undo
 * goes one further back), or put one record back as it was before or after any change in its
 * history. Both write their changes with history entries like any command; a record put back
 * is stamped with the time of the undo, and a meeting's SEQUENCE never goes down, so that
 * calendars that imported the later version take the restored one. Neither ever moves a
 * record to another plan: an entry (perhaps from a forged file) whose version, or whose record
 * as stored, belongs to another plan than the entry's is refused, and nothing is written.
 */
import type { Id, RecordTable } from '../../domain/types.ts';
import type { QuorumDatabase } from '../database.ts';
import { lastUndoableBatch, UNDO_COMMAND, type UndoableBatch } from '../history.ts';
import { mustGet, runCommand, type CommandContext, type Rows } from './context.ts';
import { OtherPlanError, RecordNotFoundError } from './errors.ts';

/** Reverts the plan's last command whole; returns what was undone, or undefined when nothing is left. */
export async function undoLast(db: QuorumDatabase, planId: Id, now = new Date()): Promise<UndoableBatch | undefined> {
  return runCommand(
    db,
    UNDO_COMMAND,
    now,
    async (ctx) => {
      const last = await lastUndoableBatch(db, planId);
      if (!last) return undefined;
      for (const entry of [...last.entries].reverse()) {
        if (entry.planId !== planId) throw new OtherPlanError(entry.table, entry.recordId);
        await putBack(ctx, planId, entry.table, entry.recordId, entry.before);
      }
      await db.history.where({ batch: last.batch }).modify({ undone: true });
      return last;
    },
    // In reading mode too: it takes back the user's own last step (an edit made in organiser
    // mode, a deletion, an import), which must stay possible after switching back to reading.
    { anyMode: true },
  );
}

/**
 * Puts one record back as it was before or after history entry `seq`, as a new, undoable
 * batch. An edit of the plan like any other: refused in reading mode.
 */
export async function restoreVersion(db: QuorumDatabase, seq: number, which: 'before' | 'after', now = new Date()): Promise<void> {
  return runCommand(db, 'restoreVersion', now, async (ctx) => {
    const entry = await db.history.get(seq);
    if (!entry) throw new RecordNotFoundError('history', seq);
    const version = entry[which] as { planId?: Id } | undefined;
    if (version && entry.table !== 'plans') await mustGet(db, 'plans', version.planId!);
    await putBack(ctx, entry.planId, entry.table, entry.recordId, version);
  });
}

/** Makes record `id` of `table`, in plan `planId`, be `version` again (undefined: not exist). */
async function putBack(ctx: CommandContext, planId: Id, table: RecordTable, id: Id, version: unknown): Promise<void> {
  const current = (await ctx.db.table(table).get(id)) as Rows[typeof table] | undefined;
  const wanted = version as Rows[typeof table] | undefined;
  if ([current, wanted].some((record) => record && planOf(table, record) !== planId)) throw new OtherPlanError(table, id);
  if (!wanted) {
    if (current) await ctx.remove(table, current);
  } else if (current) {
    await ctx.update(table, current, wanted);
  } else {
    await ctx.create(table, wanted);
  }
}

function planOf(table: RecordTable, record: { id: Id; planId?: Id }): Id | undefined {
  return table === 'plans' ? record.id : record.planId;
}
