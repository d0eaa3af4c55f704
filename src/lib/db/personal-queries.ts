/*
 * Reads of the user's own marks and notes (domain/personal.ts), each sized to what a screen
 * shows: one plan's marks with the records they follow (read by key), one record's note, one
 * plan's notes (search, print, the personal backup) and the counts the delete-plan question names.
 */
import type { Mark, Note } from '../domain/personal.ts';
import type { AgendaItem, Id, Meeting } from '../domain/types.ts';
import type { QuorumDatabase } from './database.ts';

/** The meetings and agenda items of `planId` that the marks follow, read by key. */
export async function markedRecords(
  db: QuorumDatabase,
  planId: Id,
  marks: readonly Mark[],
): Promise<{ meetings: Map<Id, Meeting>; items: Map<Id, AgendaItem> }> {
  const ofPlan = <T extends { id: Id; planId: Id }>(rows: (T | undefined)[]) =>
    new Map(rows.flatMap((r) => (r && r.planId === planId ? [[r.id, r] as const] : [])));
  const items = ofPlan(await db.agendaItems.bulkGet(marks.filter((m) => m.kind === 'agendaItem').map((m) => m.recordId)));
  const meetingIds = new Set([...marks.filter((m) => m.kind === 'meeting').map((m) => m.recordId), ...[...items.values()].map((i) => i.meetingId)]);
  const meetings = ofPlan(await db.meetings.bulkGet([...meetingIds]));
  return { meetings, items };
}

export function marksOf(db: QuorumDatabase, planId: Id): Promise<Mark[]> {
  return db.marks.where({ planId }).toArray();
}

export function notesOf(db: QuorumDatabase, planId: Id): Promise<Note[]> {
  return db.notes.where({ planId }).toArray();
}

export async function noteOf(db: QuorumDatabase, planId: Id, recordId: Id): Promise<Note | undefined> {
  return db.notes.get([planId, recordId]);
}

export async function personalCounts(db: QuorumDatabase, planId: Id): Promise<{ marks: number; notes: number }> {
  const [marks, notes] = await Promise.all([db.marks.where({ planId }).count(), db.notes.where({ planId }).count()]);
  return { marks, notes };
}
