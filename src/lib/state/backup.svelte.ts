/*
 * Whether the current plan has changes in no backup file (the reminder on the first screen
 * and the share screen): it re-reads when that plan's history or its backup mark changes.
 */
import type { Id } from '../domain/types.ts';
import { backupKey, backupStatus, type BackupStatus } from '../plan-files/backup-store.ts';
import { live } from './live.svelte.ts';

export class BackupState {
  readonly #live;

  /** `planId()` undefined: no plan, no status. */
  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return async (reads, db) => {
        if (id === undefined) return undefined;
        reads.keys(db.meta, '', [backupKey(id)]);
        reads.keys(db.history, 'planId', [id]);
        return backupStatus(db, id);
      };
    });
  }

  get status(): BackupStatus | undefined {
    return this.#live.value;
  }

  /** False until read. */
  get loaded(): boolean {
    return this.#live.loaded;
  }
}
