/*
 * A whole plan for a live query, each of its records noted (reads.ts) so that a change to any
 * re-reads it: for the screens and panels that show the plan whole (its text, the timeline,
 * the calendar's export...), loaded with the first of them, not with the first screen.
 */
import type { Table } from 'dexie';
import type { QuorumDatabase } from '../db/database.ts';
import { loadPlanBundle } from '../db/queries.ts';
import type { Id, PlanBundle } from '../domain/types.ts';
import { noteRows, type Reads } from './reads.ts';

/** The whole plan `planId` in one snapshot (undefined: no such plan), noted in `reads`. */
export async function readWholePlan(db: QuorumDatabase, reads: Reads, planId: Id): Promise<PlanBundle | undefined> {
  const bundle = await loadPlanBundle(db, planId);
  noteBundle(reads, db, planId, bundle);
  return bundle;
}

/** Notes every record of a whole plan read for `planId` (and that plan), so that a change to any re-reads it. */
function noteBundle(reads: Reads, db: QuorumDatabase, planId: Id, bundle: PlanBundle | undefined): void {
  reads.keys(db.plans, '', [planId]);
  for (const table of db.planTables as readonly Table[])
    noteRows(reads, table, 'planId', planId, (bundle?.[table.name as Exclude<keyof PlanBundle, 'plan'>] as unknown[] | undefined) ?? []);
}
