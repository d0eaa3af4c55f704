/*
 * The user's own marks and notes (domain/personal.ts). They are not plan history: these
 * commands write only the `marks` and `notes` tables, never `history`, so undoing a plan edit
 * never undoes a note, and a note typed during a meeting is not a change to the plan. Each runs
 * in one transaction. Deleting a plan asks what becomes of them: kept (they find their records
 * again when the plan comes back: undo, an import) or deleted with it, in the same transaction.
 */
import { MAX_NOTE_LENGTH, meetingOfMark, seenNow, snapshotOf, snapshotStale, type Mark, type PersonalKind } from '../../domain/personal.ts';
import type { AgendaItem, Id, Meeting } from '../../domain/types.ts';
import type { QuorumDatabase } from '../database.ts';
import { markedRecords } from '../personal-queries.ts';
import { OtherPlanError, RecordNotFoundError, ValidationError } from './errors.ts';
import { deletePlan } from './plan-commands.ts';

/** The meeting a record is, or whose agenda holds it; refuses a record that is not of `planId`. */
async function meetingFor(db: QuorumDatabase, planId: Id, kind: PersonalKind, recordId: Id): Promise<{ meeting: Meeting; item?: AgendaItem }> {
  const table = kind === 'meeting' ? 'meetings' : 'agendaItems';
  const record = kind === 'meeting' ? await db.meetings.get(recordId) : await db.agendaItems.get(recordId);
  if (!record) throw new RecordNotFoundError(table, recordId);
  if (record.planId !== planId) throw new OtherPlanError(table, recordId);
  if (kind === 'meeting') return { meeting: record as Meeting };
  const item = record as AgendaItem;
  const meeting = await db.meetings.get(item.meetingId);
  if (!meeting) throw new RecordNotFoundError('meetings', item.meetingId);
  return { meeting, item };
}

/** Marks a meeting or agenda item "mine" (or no longer), remembering the meeting as it is now. */
export async function setMark(db: QuorumDatabase, planId: Id, kind: PersonalKind, recordId: Id, mine: boolean, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.marks, db.meetings, db.agendaItems], async () => {
    if (!mine) return db.marks.delete([planId, recordId]);
    const { meeting, item } = await meetingFor(db, planId, kind, recordId);
    const existing = await db.marks.get([planId, recordId]);
    if (existing) return; // already mine: its snapshot stays what the user last saw
    const mark: Mark = { planId, recordId, kind, markedAt: now.toISOString(), seen: snapshotOf(meeting) };
    if (item) mark.itemText = item.text;
    await db.marks.put(mark);
  });
}

/** Saves a note as typed; an empty (or blank) note is removed. */
export async function setNote(db: QuorumDatabase, planId: Id, kind: PersonalKind, recordId: Id, text: string, now = new Date()): Promise<void> {
  if (text.length > MAX_NOTE_LENGTH) throw new ValidationError({ text: { key: 'validation.tooLong', params: { max: MAX_NOTE_LENGTH } } });
  await db.transaction('rw', [db.notes], async () => {
    if (!text.trim()) return db.notes.delete([planId, recordId]);
    await db.notes.put({ planId, recordId, kind, text, updatedAt: now.toISOString() });
  });
}

/** The user has seen how their marked meetings stand now: later notices compare with this. */
export async function acknowledgeMarks(db: QuorumDatabase, planId: Id): Promise<void> {
  await db.transaction('rw', [db.marks, db.meetings, db.agendaItems], async () => {
    const marks = await db.marks.where({ planId }).toArray();
    const { meetings, items } = await markedRecords(db, planId, marks);
    const updated: Mark[] = [];
    for (const mark of marks) {
      const meeting = meetingOfMark(mark, meetings, items);
      if (snapshotStale(mark, meeting)) updated.push(seenNow(mark, meeting));
    }
    await db.marks.bulkPut(updated);
  });
}

export type PersonalOnDelete = 'keep' | 'delete';

/** Deletes a plan (undoable, as deletePlan) and, if asked, the user's marks and notes on it, in one transaction. */
export async function deletePlanAndPersonal(db: QuorumDatabase, planId: Id, personal: PersonalOnDelete, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.plans, ...db.planTables, db.meta, db.history, db.marks, db.notes], async () => {
    await deletePlan(db, planId, now);
    if (personal === 'keep') return;
    await db.marks.where({ planId }).delete();
    await db.notes.where({ planId }).delete();
  });
}
