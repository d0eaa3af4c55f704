/* A whole plan read for a live query, as the shell's ShownPlan reads it (shown-plan.svelte.ts). */
import type { QuorumDatabase } from '../../../src/lib/db/database.ts';
import type { Id } from '../../../src/lib/domain/types.ts';
import { noteBundle } from '../../../src/lib/state/plan-reads.ts';
import type { Reads } from '../../../src/lib/state/reads.ts';
import { readWholePlan } from '../../../src/lib/state/whole-plan-reads.ts';

export async function readPlanBundle(db: QuorumDatabase, reads: Reads, planId: Id) {
  const bundle = await readWholePlan(db, planId);
  noteBundle(reads, db, planId, bundle);
  return bundle;
}
