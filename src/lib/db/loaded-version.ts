/*
 * A plan "as loaded", to compare the current plan with: for the embedded default plan, its
 * data as published and shipped with the app (loaded on demand); for any other plan, the
 * records as the first command that wrote the plan created them (creation, duplication or
 * import), read from the history. Neither says the plan was adopted: the default plan's
 * source is a draft submitted for approval.
 */
import { planOnly } from '../domain/bundle.ts';
import type { Id, Plan, PlanBundle } from '../domain/types.ts';
import type { QuorumDatabase } from './database.ts';

const EMBEDDED_SEED = 'mispa-iii';

/** True when the version as loaded is the published text the app ships (the default plan). */
export const isPublishedVersion = (plan: Plan): boolean => plan.seedKey === EMBEDDED_SEED;

export async function loadedVersion(db: QuorumDatabase, plan: Plan): Promise<PlanBundle | undefined> {
  if (isPublishedVersion(plan)) return (await import('../../data/mispa-iii.ts')).mispaIII;
  return firstVersionFromHistory(db, plan.id);
}

async function firstVersionFromHistory(db: QuorumDatabase, planId: Id): Promise<PlanBundle | undefined> {
  const first = await db.history.where('planId').equals(planId).sortBy('seq');
  const batch = first[0]?.batch;
  if (!batch) return undefined;
  const created = first.filter((e) => e.batch === batch && e.op !== 'delete' && e.after);
  const plan = created.find((e) => e.table === 'plans')?.after as Plan | undefined;
  if (!plan) return undefined;
  const bundle = planOnly(plan);
  for (const entry of created) {
    if (entry.table !== 'plans') (bundle[entry.table] as unknown[]).push(entry.after);
  }
  return bundle;
}
