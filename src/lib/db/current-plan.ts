/*
 * Which plan the app shows: the one chosen last (kept in `meta`) if it still exists, else the
 * oldest. Apart from queries.ts so that the first screen reads it without the plan reads.
 */
import type { Id } from '../domain/types.ts';
import type { QuorumDatabase } from './database.ts';

export async function listPlans(db: QuorumDatabase) {
  return (await db.plans.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The `meta` key under which setCurrentPlan stores the id of the plan the app shows. */
export const CURRENT_PLAN_KEY = 'currentPlanId';

/** The id of the plan the app shows: the one chosen last if it still exists, else the oldest. */
export async function currentPlanId(db: QuorumDatabase): Promise<Id | undefined> {
  const chosen = (await db.meta.get(CURRENT_PLAN_KEY))?.value;
  if (typeof chosen === 'string' && (await db.plans.get(chosen))) return chosen;
  return (await listPlans(db))[0]?.id;
}
