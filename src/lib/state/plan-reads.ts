/*
 * The reads behind the first screen's live queries (the plan shown, the part of it the
 * overview shows), each noting what it read (reads.ts) so that a write re-runs only the
 * queries it concerns. A whole plan is read by whole-plan-reads.ts, loaded when a screen
 * that shows one opens; the meeting screen's reads are in meeting-reads.ts.
 */
import { sortByOrder } from '../domain/agenda.ts';
import { sortMeetings } from '../domain/meetings.ts';
import type { Mandate, Meeting, Plan, PlanBundle, Resolution } from '../domain/types.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { CURRENT_PLAN_KEY, currentPlanId } from '../db/current-plan.ts';
import { whereIn, type Reads } from './reads.ts';

/** What the overview shows of a plan: its meetings (next, goal) and mandates (next deadline). */
export type OverviewPlan = Pick<PlanBundle, 'plan' | 'meetings' | 'mandates' | 'resolutions'>;

/** The plan the app shows: the one chosen last if it still exists, else the oldest. */
export async function readCurrentPlan(db: QuorumDatabase, reads: Reads): Promise<Plan | undefined> {
  reads.keys(db.meta, '', [CURRENT_PLAN_KEY]);
  reads.table(db.plans);
  const id = await currentPlanId(db);
  return id === undefined ? undefined : db.plans.get(id);
}

/** The overview's part of `plan` from its records as stored (any order). */
export function overviewOf(plan: Plan, meetings: Meeting[], mandates: Mandate[], resolutions: Resolution[]): OverviewPlan {
  return { plan, meetings: sortMeetings(meetings), mandates: sortByOrder(mandates), resolutions: sortByOrder(resolutions) };
}

/** The overview's part of `plan`, in one snapshot; agendas are read per meeting (agenda.svelte.ts). */
export function readOverview(db: QuorumDatabase, reads: Reads, plan: Plan): Promise<OverviewPlan> {
  return db.transaction('r', [db.meetings, db.mandates, db.resolutions], async () =>
    overviewOf(
      plan,
      await whereIn(reads, db.meetings, 'planId', plan.id),
      await whereIn(reads, db.mandates, 'planId', plan.id),
      await whereIn(reads, db.resolutions, 'planId', plan.id),
    ),
  );
}
