/*
 * Whether the plan shown is followed, and how it stands (domain/following.ts), for the
 * overview's follow status: re-read when its record changes, in this tab or another (a check
 * in another tab, an update applied).
 */
import { followOf } from '../db/commands/follow-commands.ts';
import { followKey, type FollowRecord } from '../domain/following.ts';
import type { Id } from '../domain/types.ts';
import { live } from './live.svelte.ts';

export class FollowState {
  readonly #live;

  /** Must be made while a component initialises. */
  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return async (reads, db): Promise<FollowRecord | undefined> => {
        if (!id) return undefined;
        reads.keys(db.meta, '', [followKey(id)]);
        return followOf(db, id);
      };
    });
  }

  get record(): FollowRecord | undefined {
    return this.#live.value;
  }
}
