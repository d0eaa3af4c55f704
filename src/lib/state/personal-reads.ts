/*
 * The live queries of the user's own marks and notes, each noting what it read (reads.ts):
 * a plan's marks re-run when a mark of that plan, or a record they follow, changes; a note
 * when that note changes; a plan's notes when one of them does.
 */
import type { QuorumDatabase } from '../db/database.ts';
import { markedRecords, marksOf, noteOf, notesOf } from '../db/personal-queries.ts';
import { markChanges, type Mark, type MarkChange, type Note } from '../domain/personal.ts';
import type { AgendaItem, Id, Meeting } from '../domain/types.ts';
import type { Reads } from './reads.ts';

export type MarksView = { marks: Mark[]; meetings: Map<Id, Meeting>; items: Map<Id, AgendaItem>; changes: MarkChange[] };

export async function readMarks(db: QuorumDatabase, reads: Reads, planId: Id): Promise<MarksView> {
  reads.keys(db.marks, 'planId', [planId]);
  const marks = await marksOf(db, planId);
  reads.keys(
    db.marks,
    '',
    marks.map((m) => [m.planId, m.recordId]),
  );
  const { meetings, items } = await markedRecords(db, planId, marks);
  reads.keys(
    db.agendaItems,
    '',
    marks.filter((m) => m.kind === 'agendaItem').map((m) => m.recordId),
  );
  reads.keys(db.meetings, '', [...marks.filter((m) => m.kind === 'meeting').map((m) => m.recordId), ...[...items.values()].map((i) => i.meetingId)]);
  return { marks, meetings, items, changes: markChanges(marks, meetings, items) };
}

export async function readNote(db: QuorumDatabase, reads: Reads, planId: Id, recordId: Id): Promise<Note | null> {
  reads.keys(db.notes, '', [[planId, recordId]]);
  return (await noteOf(db, planId, recordId)) ?? null;
}

export async function readNotes(db: QuorumDatabase, reads: Reads, planId: Id): Promise<Note[]> {
  reads.keys(db.notes, 'planId', [planId]);
  const notes = await notesOf(db, planId);
  reads.keys(
    db.notes,
    '',
    notes.map((n) => [n.planId, n.recordId]),
  );
  return notes;
}
