/*
 * The plan as it is now, read once: for an action on a screen that shows less of it (adding a
 * meeting to a calendar needs the plan around the meeting). Off the first screen.
 */
import { db } from '../db/db.ts';
import { loadPlanBundle } from '../db/queries.ts';
import type { Id, PlanBundle } from '../domain/types.ts';

/** The plan as it is now, read once (an export started from a screen that shows less of it). */
export function planSnapshot(planId: Id): Promise<PlanBundle | undefined> {
  return loadPlanBundle(db, planId);
}
