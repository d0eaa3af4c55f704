/*
 * Whether a plan is in organiser mode on this device (db/plan-mode.ts), for the screens: they
 * show edit, move and delete controls only then. A screen makes one for its plan
 * (`providePlanMode`) and the controls drawn inside it read the same one from Svelte's context
 * (`planMode()`); outside any, a plan is in reading mode, the safe default. It re-reads when
 * that plan's key changes, in this tab or another.
 */
import { getContext, setContext } from 'svelte';
import { planModeKey, readPlanMode } from '../db/plan-mode.ts';
import type { Id } from '../domain/types.ts';
import { live } from './live.svelte.ts';

export class PlanModeState {
  readonly #live;

  /** Must be made while a component initialises. */
  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return async (reads, db) => {
        if (!id) return 'reading' as const;
        reads.keys(db.meta, '', [planModeKey(id)]);
        return readPlanMode(db, id);
      };
    });
  }

  /** False until read. */
  get loaded(): boolean {
    return this.#live.loaded;
  }

  /** True only once read as such: until then the plan shows for reading. */
  get organiser(): boolean {
    return this.#live.value === 'organiser';
  }
}

/** A string, so that a component test can render a screen in a fixed mode (its `context` option). */
const CONTEXT = 'quorum:plan-mode';
const READING = { loaded: true, organiser: false } as const;

/**
 * Reads plan `planId`'s mode for this component and the ones inside it. A mode already given
 * around it is kept: every screen shows the current plan, and a test may fix it so.
 */
export function providePlanMode(planId: () => Id | undefined): Pick<PlanModeState, 'loaded' | 'organiser'> {
  return planModeGiven() ?? setContext(CONTEXT, new PlanModeState(planId));
}

function planModeGiven(): Pick<PlanModeState, 'loaded' | 'organiser'> | undefined {
  return getContext<PlanModeState | undefined>(CONTEXT);
}

/** The mode of the plan of the screen this component is drawn in. */
export function planMode(): Pick<PlanModeState, 'loaded' | 'organiser'> {
  return planModeGiven() ?? READING;
}
