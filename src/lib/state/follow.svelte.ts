/*
 * Whether the plan shown is followed, and how it stands (domain/following.ts), for the
 * overview's follow status, with who signed the copy held here (domain/trust.ts): re-read
 * when either record changes, in this tab or another (a check in another tab, an update applied).
 */
import { followOf, pinnedKeysOf } from '../db/commands/follow-commands.ts';
import { followKey, type FollowRecord } from '../domain/following.ts';
import { signersKey, type PinnedKeys } from '../domain/trust.ts';
import type { Id } from '../domain/types.ts';
import { live } from './live.svelte.ts';

export class FollowState {
  readonly #live;

  /** Must be made while a component initialises. */
  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return async (reads, db): Promise<{ record?: FollowRecord; pins?: PinnedKeys } | undefined> => {
        if (!id) return undefined;
        reads.keys(db.meta, '', [followKey(id), signersKey(id)]);
        const [record, pins] = await Promise.all([followOf(db, id), pinnedKeysOf(db, id)]);
        return { ...(record ? { record } : {}), ...(pins ? { pins } : {}) };
      };
    });
  }

  get record(): FollowRecord | undefined {
    return this.#live.value?.record;
  }

  /** The keys trusted for the plan, and who signed the copy held here. */
  get pins(): PinnedKeys | undefined {
    return this.#live.value?.pins;
  }
}
