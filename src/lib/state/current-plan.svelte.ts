/*
 * The plan the app shows (its record: id, titles, language, zone), for the shell and every
 * screen. It re-reads when the choice of plan or that plan's record changes, not when what
 * the plan owns does: a screen reads its own records (meeting.svelte.ts, plan-bundle.svelte.ts).
 */
import { db } from '../db/db.ts';
import type { Plan } from '../domain/types.ts';
import { live } from './live.svelte.ts';
import { readCurrentPlan } from './plan-reads.ts';

export class CurrentPlan {
  readonly #live = live(() => (reads) => readCurrentPlan(db, reads));

  /** False until the first read ends. */
  get loaded(): boolean {
    return this.#live.loaded;
  }

  /** Undefined when there is no plan at all (every plan deleted). */
  get plan(): Plan | undefined {
    return this.#live.value;
  }
}
