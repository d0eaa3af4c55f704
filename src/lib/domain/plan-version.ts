import { BUNDLE_TABLES, recordsOf } from './bundle.ts';
import type { Instant, PlanBundle } from './types.ts';

/** The latest change of any record of the plan: its version, what "the plan as of …" names. */
export function planVersion(bundle: PlanBundle): Instant {
  let latest = bundle.plan.updatedAt;
  for (const table of BUNDLE_TABLES) for (const record of recordsOf(bundle, table)) if (record.updatedAt > latest) latest = record.updatedAt;
  return latest;
}
