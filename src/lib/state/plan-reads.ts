/*
 * The reads behind the screens' live queries, each noting what it read (reads.ts) so that a
 * write re-runs only the queries it concerns. They read through db/queries.ts where one exists.
 */
import { sortByOrder } from '../domain/agenda.ts';
import { sortMeetings } from '../domain/meetings.ts';
import type { DocumentRef, Id, Meeting, Plan, PlanBundle, Section } from '../domain/types.ts';
import type { Table } from 'dexie';
import type { QuorumDatabase } from '../db/database.ts';
import { CURRENT_PLAN_KEY, listPlans, loadPlanBundle, type MeetingWithAgenda } from '../db/queries.ts';
import { getIn, noteRows, whereIn, type Reads } from './reads.ts';

/** The plan the app shows: the one chosen last if it still exists, else the oldest. */
export async function readCurrentPlan(db: QuorumDatabase, reads: Reads): Promise<Plan | undefined> {
  const chosen = (await getIn(reads, db.meta, CURRENT_PLAN_KEY))?.value;
  const plan = typeof chosen === 'string' ? await getIn(reads, db.plans, chosen) : undefined;
  if (plan) return plan;
  reads.table(db.plans);
  return (await listPlans(db))[0];
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

export type MeetingPage = MeetingWithAgenda & { source?: Section };

/** One meeting, its agenda in order and the section it comes from: what an outcome changes. */
export function readMeeting(db: QuorumDatabase, reads: Reads, meetingId: Id): Promise<MeetingPage | undefined> {
  return db.transaction('r', [db.meetings, db.agendaItems, db.sections], async () => {
    const meeting = await getIn(reads, db.meetings, meetingId);
    const agenda = sortByOrder(await whereIn(reads, db.agendaItems, 'meetingId', meetingId));
    const source = meeting?.sourceSectionId ? await getIn(reads, db.sections, meeting.sourceSectionId) : undefined;
    return meeting && { meeting, agenda, source };
  });
}

/** The plan's meetings in order (without their agendas). */
export async function readMeetingsOf(db: QuorumDatabase, reads: Reads, planId: Id): Promise<Meeting[]> {
  return sortMeetings(await whereIn(reads, db.meetings, 'planId', planId));
}

/** The plan's documents by symbol. */
export async function readDocumentsOf(db: QuorumDatabase, reads: Reads, planId: Id): Promise<DocumentRef[]> {
  return (await whereIn(reads, db.documents, 'planId', planId)).sort((a, b) => a.symbol.localeCompare(b.symbol));
}
