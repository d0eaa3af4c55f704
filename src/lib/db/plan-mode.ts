/*
 * Whether a plan is open for editing on this device ("organiser mode") or only for reading,
 * the default. It is the device's choice, not part of the plan: kept in `meta` under
 * "mode:<planId>" (no history, never in a plan file), so an update of the plan, an undo or a
 * restored version leaves it as it is. A plan the user creates or duplicates starts in
 * organiser mode (and the plans they had made before this mode existed got it once, by version 3's
 * upgrade in migrations.ts); the seeded plan and imported plans have no key, so they open for reading.
 * Commands check it inside their transaction (commands/context.ts).
 * A `meta` key rather than a table of its own: no table to add, and the key goes with the plan's
 * id the way the import and backup marks do.
 */
import type { Id } from '../domain/types.ts';
import type { QuorumDatabase } from './database.ts';
import { planModeKey } from './plan-mode-key.ts';

export type PlanMode = 'reading' | 'organiser';

export { planModeKey };

export async function readPlanMode(db: QuorumDatabase, planId: Id): Promise<PlanMode> {
  return (await db.meta.get(planModeKey(planId)))?.value === 'organiser' ? 'organiser' : 'reading';
}
