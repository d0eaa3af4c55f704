/*
 * The reads behind the shell's live queries (the plan shown, a whole plan), each noting what
 * it read (reads.ts) so that a write re-runs only the queries it concerns. They read through
 * db/queries.ts. The meeting screen's reads are in meeting-reads.ts, off the first screen.
 */
import type { Id, Plan, PlanBundle } from '../domain/types.ts';
import type { Table } from 'dexie';
import type { QuorumDatabase } from '../db/database.ts';
import { CURRENT_PLAN_KEY, currentPlanId, loadPlanBundle } from '../db/queries.ts';
import { noteRows, type Reads } from './reads.ts';

/** The plan the app shows: the one chosen last if it still exists, else the oldest. */
export async function readCurrentPlan(db: QuorumDatabase, reads: Reads): Promise<Plan | undefined> {
  reads.keys(db.meta, '', [CURRENT_PLAN_KEY]);
  reads.table(db.plans);
  const id = await currentPlanId(db);
  return id === undefined ? undefined : db.plans.get(id);
}

/** Everything plan `planId` owns (db/queries.ts), in one snapshot, noted record by record. */
export function readPlanBundle(db: QuorumDatabase, reads: Reads, planId: Id): Promise<PlanBundle | undefined> {
  return db.transaction('r', [db.plans, ...db.planTables], async () => {
    const bundle = await loadPlanBundle(db, planId);
    reads.keys(db.plans, '', [planId]);
    for (const table of db.planTables as readonly Table[]) noteRows(reads, table, 'planId', planId, (bundle?.[table.name as keyof PlanBundle] as unknown[]) ?? []);
    return bundle;
  });
}
