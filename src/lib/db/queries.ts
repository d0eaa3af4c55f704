/*
 * Read queries: everything a screen shows comes through here (wrapped in live queries by
 * live.svelte.ts), so no component reads a Dexie table itself. Queries that read several
 * tables run in one read-only transaction: the screen gets a consistent snapshot, and Dexie
 * keeps track of every read (through nested async functions, its zone is only kept inside a
 * transaction), so a live query re-runs when any of them changes.
 */
import { sortByOrder } from '../domain/agenda.ts';
import { sortMeetings } from '../domain/meetings.ts';
import type { AgendaItem, Id, Meeting, PlanBundle } from '../domain/types.ts';
import type { QuorumDatabase } from './database.ts';

export async function listPlans(db: QuorumDatabase) {
  return (await db.plans.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Everything a plan owns, sorted for display; undefined when the plan does not exist. */
export async function loadPlanBundle(db: QuorumDatabase, planId: Id): Promise<PlanBundle | undefined> {
  return readPlanBundle(db, planId);
}

async function readPlanBundle(db: QuorumDatabase, planId: Id): Promise<PlanBundle | undefined> {
  const plan = await db.plans.get(planId);
  if (!plan) return undefined;
  // One await after another: inside a transaction IndexedDB queues the requests anyway, and a
  // native Promise.all would lose Dexie's transaction zone.
  const sections = await db.sections.where({ planId }).toArray();
  const resolutions = await db.resolutions.where({ planId }).toArray();
  const mandates = await db.mandates.where({ planId }).toArray();
  const meetings = await db.meetings.where({ planId }).toArray();
  const agendaItems = await db.agendaItems.where({ planId }).toArray();
  const documents = await db.documents.where({ planId }).toArray();
  const milestones = await db.milestones.where({ planId }).toArray();
  return {
    plan,
    sections: sortByOrder(sections),
    resolutions: sortByOrder(resolutions),
    mandates: sortByOrder(mandates),
    meetings: sortMeetings(meetings),
    agendaItems: sortByOrder(agendaItems),
    documents: documents.sort((a, b) => a.symbol.localeCompare(b.symbol)),
    milestones: milestones.sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export type MeetingWithAgenda = { meeting: Meeting; agenda: AgendaItem[] };

/** One meeting with its agenda in order; undefined when it does not exist. */
export async function loadMeeting(db: QuorumDatabase, meetingId: Id): Promise<MeetingWithAgenda | undefined> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return undefined;
  const agenda = sortByOrder(await db.agendaItems.where({ meetingId }).toArray());
  return { meeting, agenda };
}

/** The `meta` key under which setCurrentPlan stores the id of the plan the app shows. */
export const CURRENT_PLAN_KEY = 'currentPlanId';

/** The id of the plan the app shows: the one chosen last if it still exists, else the oldest. */
export async function currentPlanId(db: QuorumDatabase): Promise<Id | undefined> {
  const chosen = (await db.meta.get(CURRENT_PLAN_KEY))?.value;
  if (typeof chosen === 'string' && (await db.plans.get(chosen))) return chosen;
  return (await listPlans(db))[0]?.id;
}

/** The plan the app shows, with everything it owns. */
export async function loadCurrentPlan(db: QuorumDatabase): Promise<PlanBundle | undefined> {
  const id = await currentPlanId(db);
  return id === undefined ? undefined : readPlanBundle(db, id);
}
