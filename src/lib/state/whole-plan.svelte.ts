/*
 * A whole plan for a panel that needs it only when opened (the calendar's export: every
 * meeting, the agendas that say which changed): read once asked for, kept current after.
 * The screen around it reads only its own part (the calendar, one page of agendas).
 */
import type { Id, PlanBundle } from '../domain/types.ts';
import { live } from './live.svelte.ts';

export class WholePlanState {
  readonly #live;

  /** `planId()` undefined: not asked for (yet), nothing read. */
  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return async (reads, db) => {
        if (id === undefined) return undefined;
        const { readWholePlan } = await import('./whole-plan-reads.ts');
        return readWholePlan(db, reads, id);
      };
    });
  }

  /** Undefined until read (or when not asked for). */
  get bundle(): PlanBundle | undefined {
    return this.#live.value;
  }
}
