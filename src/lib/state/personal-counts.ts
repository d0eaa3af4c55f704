/* How many marks and notes the user has on a plan: the delete-plan question names them (PlansScreen). */
import { db } from '../db/db.ts';
import { personalCounts } from '../db/personal-queries.ts';
import type { Id } from '../domain/types.ts';

export function personalCountsOf(planId: Id): Promise<{ marks: number; notes: number }> {
  return personalCounts(db, planId);
}
