/*
 * The plans on this device, oldest first, and which one the app shows (the plans screen and
 * the share screen). It re-reads when a plan record or the choice changes, not their contents.
 */
import { listPlans } from '../db/queries.ts';
import type { Id, Plan } from '../domain/types.ts';
import { live } from './live.svelte.ts';
import { readCurrentPlan } from './plan-reads.ts';

export class PlansState {
  readonly #live = live(() => async (reads, db) => {
    reads.table(db.plans);
    return { plans: await listPlans(db), current: (await readCurrentPlan(db, reads))?.id };
  });

  /** Undefined until read. */
  get plans(): Plan[] | undefined {
    return this.#live.value?.plans;
  }

  /** The id of the plan shown. */
  get current(): Id | undefined {
    return this.#live.value?.current;
  }
}
