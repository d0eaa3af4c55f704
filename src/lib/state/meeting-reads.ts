/*
 * The meeting screen's reads, each noting what it read (reads.ts): one meeting with its
 * agenda and source section, the plan's meetings, the plan's documents.
 */
import { sortByOrder } from '../domain/agenda.ts';
import { sortMeetings } from '../domain/meetings.ts';
import type { DocumentRef, Id, Meeting, Section } from '../domain/types.ts';
import type { QuorumDatabase } from '../db/database.ts';
import type { MeetingWithAgenda } from '../db/queries.ts';
import type { IndexableType, Table } from 'dexie';
import { whereIn, type Reads } from './reads.ts';

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

/** `table.get(key)`, noted. */
function getIn<T, K extends IndexableType, I>(reads: Reads, table: Table<T, K, I>, key: K): Promise<T | undefined> {
  reads.keys(table, '', [key]);
  return table.get(key);
}
