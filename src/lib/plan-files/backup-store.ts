/*
 * When each plan was last backed up, and whether it changed since, so the interface can say
 * "last backup: 3 March" and remind the user of changes that are in no backup. Stored in
 * `meta` under "backup:<planId>": the time of the backup and the plan's last history entry
 * then. Every change a command makes writes a history entry, so entries of the plan after
 * that one are exactly the changes the backup lacks.
 */
import Dexie from 'dexie';
import type { Id, Instant } from '../domain/types.ts';
import type { QuorumDatabase } from '../db/database.ts';

type BackupMark = { at: Instant; historySeq: number };

export type BackupStatus = {
  /** When the plan was last written to a backup file; undefined if never. */
  lastBackupAt: Instant | undefined;
  /** Commands (history batches) that changed the plan since then (since ever without a backup). */
  changesSinceBackup: number;
  /** True when some change to the plan is in no backup. */
  needsBackup: boolean;
};

export function backupKey(planId: Id): string {
  return `backup:${planId}`;
}

/** Notes that `planIds` were just saved to a backup file (call it once the file was handed off). */
export async function recordBackup(db: QuorumDatabase, planIds: readonly Id[], now: Date): Promise<void> {
  await db.transaction('rw', [db.meta, db.history], async () => {
    for (const planId of planIds) {
      const last = await planHistory(db, planId, 0).last();
      const mark: BackupMark = { at: now.toISOString(), historySeq: last?.seq ?? 0 };
      await db.meta.put({ key: backupKey(planId), value: mark });
    }
  });
}

export async function backupStatus(db: QuorumDatabase, planId: Id): Promise<BackupStatus> {
  return db.transaction('r', [db.meta, db.history], async () => {
    const mark = readMark((await db.meta.get(backupKey(planId)))?.value);
    const batches = new Set<string>();
    await planHistory(db, planId, mark?.historySeq ?? 0).each((entry) => batches.add(entry.batch));
    return { lastBackupAt: mark?.at, changesSinceBackup: batches.size, needsBackup: batches.size > 0 };
  });
}

/** The plan's history entries after `afterSeq`, in order. */
export function planHistory(db: QuorumDatabase, planId: Id, afterSeq: number) {
  return db.history.where('[planId+seq]').between([planId, afterSeq], [planId, Dexie.maxKey], false, true);
}

/** A stored mark, or undefined when missing or not of the expected shape. */
function readMark(value: unknown): BackupMark | undefined {
  const mark = value as Partial<BackupMark> | undefined;
  return typeof mark?.at === 'string' && typeof mark.historySeq === 'number' ? (mark as BackupMark) : undefined;
}
