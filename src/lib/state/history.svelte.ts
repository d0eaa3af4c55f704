/*
 * What the history screens show: the changes to one record, and the latest changes to the
 * plan with the plan as loaded (to compare with). Both re-read when that plan's history does.
 */
import { historyOfPlan, historyOfRecord } from '../db/history.ts';
import { loadedVersion } from '../db/loaded-version.ts';
import type { HistoryEntry, Id, Plan, PlanBundle } from '../domain/types.ts';
import { live, type LiveValue } from './live.svelte.ts';

export class RecordHistory {
  readonly #live;

  constructor(planId: () => Id, recordId: () => Id) {
    this.#live = live(() => {
      const plan = planId();
      const id = recordId();
      return (reads, db) => (reads.keys(db.history, 'planId', [plan]), historyOfRecord(db, plan, id));
    });
  }

  /** Newest first. */
  get entries(): Readonly<LiveValue<HistoryEntry[]>> {
    return this.#live;
  }
}

export class PlanChanges {
  readonly #recent;
  readonly #loaded;

  constructor(plan: () => Plan) {
    this.#recent = live(() => {
      const id = plan().id;
      return (reads, db) => (reads.keys(db.history, 'planId', [id]), historyOfPlan(db, id, 100));
    });
    this.#loaded = live(() => {
      const current = plan();
      return (reads, db) => (reads.keys(db.history, 'planId', [current.id]), loadedVersion(db, current));
    });
  }

  /** The latest changes, newest first. */
  get recent(): Readonly<LiveValue<HistoryEntry[]>> {
    return this.#recent;
  }

  /** The plan as loaded (published or first written); undefined when unknown. */
  get loaded(): Readonly<LiveValue<PlanBundle | undefined>> {
    return this.#loaded;
  }
}
