/*
 * Read queries: everything a screen shows comes through here (wrapped in live queries by
 * src/lib/state/), so no component reads a Dexie table itself. Queries that read several
 * tables run in one read-only transaction: the screen gets a consistent snapshot, and Dexie
 * keeps track of every read (through nested async functions, its zone is only kept inside a
 * transaction), so a live query re-runs when any of them changes.
 */
import { sortByOrder } from '../domain/agenda.ts';
import { sortMeetings } from '../domain/meetings.ts';
import type { AgendaItem, Id, Meeting, PlanBundle } from '../domain/types.ts';
import Dexie, { type EntityTable } from 'dexie';
import { currentPlanId } from './current-plan.ts';
import type { QuorumDatabase } from './database.ts';

// Which plan is shown, kept apart so the first screen loads it without the plan reads below.
export { CURRENT_PLAN_KEY, listPlans } from './current-plan.ts';

/** Everything a plan owns, sorted for display; undefined when the plan does not exist. */
export async function loadPlanBundle(db: QuorumDatabase, planId: Id): Promise<PlanBundle | undefined> {
  return readPlanBundle(db, planId);
}

function readPlanBundle(db: QuorumDatabase, planId: Id): Promise<PlanBundle | undefined> {
  // One snapshot, pages and all; a command that already holds a transaction reads inside it.
  const read = () => readBundle(db, planId);
  return Dexie.currentTransaction ? read() : db.transaction('r', [db.plans, ...db.planTables], read);
}

async function readBundle(db: QuorumDatabase, planId: Id): Promise<PlanBundle | undefined> {
  const plan = await db.plans.get(planId);
  if (!plan) return undefined;
  // One await after another: inside a transaction IndexedDB queues the requests anyway, and a
  // native Promise.all would lose Dexie's transaction zone.
  const sections = await readOwned(db.sections, planId);
  const resolutions = await readOwned(db.resolutions, planId);
  const mandates = await readOwned(db.mandates, planId);
  const meetings = await readOwned(db.meetings, planId);
  const agendaItems = await readOwned(db.agendaItems, planId);
  const documents = await readOwned(db.documents, planId);
  const milestones = await readOwned(db.milestones, planId);
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

/** Records per read: the page turns its answer into objects in one task, 20,000 would block it. */
const READ_PAGE = 2000;

/**
 * Every record of `table` that `planId` owns, read a page at a time: the owner's keys first
 * (keys only, cheap), then one primary-key range per page. A range may hold another plan's
 * records between ours (ids from files are free-form): they are read and left out.
 */
export async function readOwned<T extends { id: Id; planId: Id }>(table: EntityTable<T, 'id'>, planId: Id, page = READ_PAGE): Promise<T[]> {
  const owned = table.where('planId').equals(planId);
  const keys = await owned.primaryKeys();
  if (keys.length <= page) return owned.toArray();
  const records: T[] = [];
  for (let i = 0; i < keys.length; i += page) {
    const range = await table
      .where(':id')
      .between(keys[i]!, keys[Math.min(i + page, keys.length) - 1]!, true, true)
      .toArray();
    for (const record of range) if (record.planId === planId) records.push(record);
  }
  return records;
}

export type MeetingWithAgenda = { meeting: Meeting; agenda: AgendaItem[] };

/** One meeting with its agenda in order; undefined when it does not exist. */
export async function loadMeeting(db: QuorumDatabase, meetingId: Id): Promise<MeetingWithAgenda | undefined> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return undefined;
  const agenda = sortByOrder(await db.agendaItems.where({ meetingId }).toArray());
  return { meeting, agenda };
}

/** The plan the app shows, with everything it owns. */
export async function loadCurrentPlan(db: QuorumDatabase): Promise<PlanBundle | undefined> {
  const id = await currentPlanId(db);
  return id === undefined ? undefined : readPlanBundle(db, id);
}
