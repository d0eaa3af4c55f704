/*
 * Everything one plan owns, for the screens that show the plan as a whole (its text, the
 * calendar, the timeline, documents, glossary, search, sharing, forms). It re-reads when a
 * record of that plan changes, never for another plan's. `planId()` undefined: nothing to read
 * (the screen open reads its own, smaller state).
 */
import { db } from '../db/db.ts';
import { loadPlanBundle } from '../db/queries.ts';
import type { Id, PlanBundle } from '../domain/types.ts';
import { live } from './live.svelte.ts';
import { readPlanBundle } from './plan-reads.ts';

export class PlanBundleState {
  readonly #live;

  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return (reads) => (id === undefined ? Promise.resolve(undefined) : readPlanBundle(db, reads, id));
    });
  }

  get loaded(): boolean {
    return this.#live.loaded;
  }

  get bundle(): PlanBundle | undefined {
    return this.#live.value;
  }
}

/** The plan as it is now, read once (an export started from a screen that shows less of it). */
export function planSnapshot(planId: Id): Promise<PlanBundle | undefined> {
  return loadPlanBundle(db, planId);
}
