/*
 * The plan the app shows, for the shell, read as much as the open screen needs: its record
 * only (id, titles, language, zone: the meeting screen reads its own meeting, meeting.svelte.ts,
 * and the plans screen its list), the overview's part of it (meetings, mandates), or the whole
 * plan (its text, the calendar, the timeline, documents, glossary, search, sharing, forms).
 * So a write re-reads here only what the open screen shows. The whole-plan read loads with
 * the first screen that needs it.
 */
import type { Plan, PlanBundle } from '../domain/types.ts';
import { earlyOverview } from './early-reads.ts';
import { live } from './live.svelte.ts';
import { readCurrentPlan, readOverview, type OverviewPlan } from './plan-reads.ts';

export type PlanPart = 'record' | 'overview' | 'whole';

export class ShownPlan {
  readonly #live;

  constructor(part: () => PlanPart) {
    this.#live = live<{ plan: Plan | undefined; overview?: OverviewPlan; bundle?: PlanBundle }>(
      () => {
        const wanted = part();
        return async (reads, db) => {
          const plan = await readCurrentPlan(db, reads);
          if (!plan || wanted === 'record') return { plan };
          if (wanted === 'overview') return { plan, overview: await readOverview(db, reads, plan) };
          const { readWholePlan } = await import('./whole-plan-reads.ts');
          return { plan, bundle: await readWholePlan(db, reads, plan.id) };
        };
        // The overview is drawn before the database opens, from what was read without Dexie.
      },
      () => (part() === 'overview' ? earlyOverview() : Promise.resolve(undefined)),
    );
  }

  /** False until the first read ends. */
  get loaded(): boolean {
    return this.#live.loaded;
  }

  /** Undefined when there is no plan at all (every plan deleted). */
  get plan(): Plan | undefined {
    return this.#live.value?.plan;
  }

  /** The overview's part of the plan, when asked for and read. */
  get overview(): OverviewPlan | undefined {
    return this.#live.value?.overview;
  }

  /** The whole plan, when asked for and read. */
  get bundle(): PlanBundle | undefined {
    return this.#live.value?.bundle;
  }
}
