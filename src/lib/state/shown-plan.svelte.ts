/*
 * The plan the app shows, for the shell: its record (id, titles, language, zone) and, for the
 * screens that show the plan as a whole (the overview, its text, the calendar, the timeline,
 * documents, glossary, search, sharing, forms), everything it owns. With `whole()` false (the
 * meeting screen, which reads its own meeting: meeting.svelte.ts) it reads the record only,
 * so a write to the plan's records re-reads nothing here.
 */
import { db } from '../db/db.ts';
import type { Plan, PlanBundle } from '../domain/types.ts';
import { live } from './live.svelte.ts';
import { readCurrentPlan, readPlanBundle } from './plan-reads.ts';

export class ShownPlan {
  readonly #live;

  constructor(whole: () => boolean) {
    this.#live = live(() => {
      const all = whole();
      return async (reads) => {
        const plan = await readCurrentPlan(db, reads);
        return { plan, bundle: all && plan ? await readPlanBundle(db, reads, plan.id) : undefined };
      };
    });
  }

  /** False until the first read ends. */
  get loaded(): boolean {
    return this.#live.loaded;
  }

  /** Undefined when there is no plan at all (every plan deleted). */
  get plan(): Plan | undefined {
    return this.#live.value?.plan;
  }

  /** The whole plan, when asked for and read. */
  get bundle(): PlanBundle | undefined {
    return this.#live.value?.bundle;
  }
}
