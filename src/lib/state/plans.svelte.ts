/*
 * The plans on this device, oldest first, and which one the app shows (the plans screen and
 * the share screen). It re-reads when a plan record or the choice changes, not their contents.
 */
import { db } from '../db/db.ts';
import { CURRENT_PLAN_KEY, currentPlanId, listPlans } from '../db/queries.ts';
import type { Id, Plan } from '../domain/types.ts';
import { live } from './live.svelte.ts';

export class PlansState {
  readonly #live = live(() => async (reads) => {
    reads.table(db.plans);
    reads.keys(db.meta, '', [CURRENT_PLAN_KEY]);
    const plans = await listPlans(db);
    const chosen = await currentPlanId(db);
    return { plans, current: plans.some((p) => p.id === chosen) ? chosen : plans[0]?.id };
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
