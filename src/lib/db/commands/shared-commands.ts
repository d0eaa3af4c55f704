/*
 * A plan's connection to a shared WebDAV folder (domain/shared-folder.ts), kept in `meta`,
 * and the one command that writes a merged plan (shared-folder/publish-shared.ts). The merge
 * was made from the plan as it stood at history sequence `localSeq`: if anything changed it
 * since (an edit in another tab, an undo), nothing is written and the merge is made again.
 */
import { sharedKey, type SharedConnection } from '../../domain/shared-folder.ts';
import type { Id, PlanBundle } from '../../domain/types.ts';
import { lastPlanSeq } from '../../plan-files/local-store.ts';
import type { QuorumDatabase } from '../database.ts';
import { loadPlanBundle } from '../queries.ts';
import { runCommand } from './context.ts';
import { RecordNotFoundError } from './errors.ts';
import { changeMetaRecord } from './meta-record.ts';
import { syncPlan } from './plan-sync.ts';

const MERGE_COMMAND = 'mergeShared';

/** The plan changed here after the merge was made from it: nothing was written. */
export class PlanChangedError extends Error {
  override name = 'PlanChangedError';
  constructor(readonly planId: Id) {
    super(`Changed since the merge: ${planId}`);
  }
}

export async function sharedOf(db: QuorumDatabase, planId: Id): Promise<SharedConnection | undefined> {
  return (await db.meta.get(sharedKey(planId)))?.value as SharedConnection | undefined;
}

export async function saveShared(db: QuorumDatabase, connection: SharedConnection): Promise<void> {
  await db.transaction('rw', [db.plans, db.meta], async () => {
    if (!(await db.plans.get(connection.planId))) throw new RecordNotFoundError('plans', connection.planId);
    await db.meta.put({ key: sharedKey(connection.planId), value: connection });
  });
}

export async function disconnectShared(db: QuorumDatabase, planId: Id): Promise<void> {
  await db.meta.delete(sharedKey(planId));
}

/** Changes the connection of `planId` in one transaction; nothing when it is not connected (any more). */
export async function updateShared(db: QuorumDatabase, planId: Id, change: (c: SharedConnection) => SharedConnection): Promise<SharedConnection | undefined> {
  return changeMetaRecord(db, sharedKey(planId), change);
}

/** How many changes were made here since the plan was last published to (or read from) the folder. */
export async function changesWaiting(db: QuorumDatabase, planId: Id): Promise<number> {
  const connection = await sharedOf(db, planId);
  if (!connection) return 0;
  return db.history
    .where('[planId+seq]')
    .between([planId, connection.baseSeq + 1], [planId, Infinity])
    .count();
}

/**
 * Writes `merged` as the plan (one undoable batch) and takes the remote file as the new base,
 * in one transaction; a PlanChangedError, with nothing written, when the plan is no longer at
 * `localSeq`.
 */
export async function writeMerged(
  db: QuorumDatabase,
  planId: Id,
  merged: PlanBundle,
  localSeq: number,
  remote: { text: string; etag?: string },
  now = new Date(),
): Promise<void> {
  await runCommand(db, MERGE_COMMAND, now, async (ctx) => {
    if ((await lastPlanSeq(db, planId)) !== localSeq) throw new PlanChangedError(planId);
    const connection = await sharedOf(db, planId);
    if (!connection) throw new RecordNotFoundError('plans', planId);
    await syncPlan(ctx, await loadPlanBundle(db, planId), merged);
    const { etag: _old, ...rest } = connection;
    await db.meta.put({
      key: sharedKey(planId),
      value: { ...rest, base: remote.text, ...(remote.etag ? { etag: remote.etag } : {}) } satisfies SharedConnection,
    });
  });
}
