/*
 * Commands on a meeting's agenda: add an item (at the end), edit its text, move it, remove it
 * (the others are renumbered), and record its outcome (decided, postponed, withdrawn, with a
 * short note), and mark the item under discussion (the meeting's currentItemId, live state
 * that changes neither its SEQUENCE nor its updatedAt). Otherwise the meeting is not written.
 */
import { sortByOrder } from '../../domain/agenda.ts';
import type { AgendaItem, Id, LocalizedText, Meeting } from '../../domain/types.ts';
import { validateAgendaItem, type OutcomeDraft } from '../../domain/validation.ts';
import type { QuorumDatabase } from '../database.ts';
import { mustGet, runCommand } from './context.ts';
import { assertUnchanged, assertValid, ValidationError } from './errors.ts';
import { newId } from './ids.ts';
import { dropBlank } from './patch.ts';
import { moveInList, renumber, type MoveTo } from './reorder.ts';

export async function addAgendaItem(db: QuorumDatabase, meetingId: Id, text: LocalizedText, now = new Date()): Promise<AgendaItem> {
  assertValid(validateAgendaItem({ text }));
  return runCommand(db, 'addAgendaItem', now, async (ctx) => {
    const { planId } = await mustGet(db, 'meetings', meetingId);
    const last = (await agendaOf(db, meetingId)).at(-1);
    const order = (last?.order ?? -1) + 1;
    return ctx.create('agendaItems', { id: newId(planId, 'agenda'), planId, updatedAt: ctx.now, meetingId, order, text });
  });
}

/** `base`: the item as the form opened it; a RecordChangedError when it changed since. */
export async function updateAgendaItem(db: QuorumDatabase, id: Id, text: LocalizedText, now = new Date(), base?: AgendaItem): Promise<AgendaItem> {
  assertValid(validateAgendaItem({ text }));
  return runCommand(db, 'updateAgendaItem', now, async (ctx) => {
    const before = await mustGet(db, 'agendaItems', id);
    assertUnchanged('agendaItems', before, base);
    return ctx.update('agendaItems', before, { ...before, text });
  });
}

export async function moveAgendaItem(db: QuorumDatabase, id: Id, to: MoveTo, now = new Date()): Promise<void> {
  return runCommand(db, 'moveAgendaItem', now, async (ctx) => {
    const item = await mustGet(db, 'agendaItems', id);
    await renumber(ctx, 'agendaItems', moveInList(await agendaOf(db, item.meetingId), id, to));
  });
}

export async function removeAgendaItem(db: QuorumDatabase, id: Id, now = new Date()): Promise<void> {
  return runCommand(db, 'removeAgendaItem', now, async (ctx) => {
    const item = await mustGet(db, 'agendaItems', id);
    await ctx.remove('agendaItems', item);
    await renumber(ctx, 'agendaItems', await agendaOf(db, item.meetingId));
    const meeting = await mustGet(db, 'meetings', item.meetingId);
    if (meeting.currentItemId === id) await ctx.update('meetings', meeting, withCurrent(meeting, null));
  });
}

/** Marks item `itemId` of meeting `meetingId` as under discussion, or with null marks none. */
export async function setCurrentAgendaItem(db: QuorumDatabase, meetingId: Id, itemId: Id | null, now = new Date()): Promise<Meeting> {
  return runCommand(db, 'setCurrentAgendaItem', now, async (ctx) => {
    const meeting = await mustGet(db, 'meetings', meetingId);
    if (itemId !== null && (await mustGet(db, 'agendaItems', itemId)).meetingId !== meetingId) {
      throw new ValidationError({ currentItemId: { key: 'validation.choiceInvalid' } });
    }
    return ctx.update('meetings', meeting, withCurrent(meeting, itemId));
  });
}

function withCurrent(meeting: Meeting, itemId: Id | null): Meeting {
  const { currentItemId: _old, ...rest } = meeting;
  return itemId === null ? rest : { ...rest, currentItemId: itemId };
}

/** Records (or, with null, clears) an item's outcome, dated `now`; `base` as for updateAgendaItem. */
export async function recordOutcome(db: QuorumDatabase, id: Id, outcome: OutcomeDraft | null, now = new Date(), base?: AgendaItem): Promise<AgendaItem> {
  return runCommand(db, 'recordOutcome', now, async (ctx) => {
    const before = await mustGet(db, 'agendaItems', id);
    assertUnchanged('agendaItems', before, base);
    if (outcome) assertValid(validateAgendaItem({ text: before.text, outcome }));
    const { outcome: _old, ...rest } = before;
    const after: AgendaItem = outcome ? { ...rest, outcome: dropBlank({ ...outcome, recordedAt: ctx.now }, ['note']) } : rest;
    return ctx.update('agendaItems', before, after);
  });
}

async function agendaOf(db: QuorumDatabase, meetingId: Id): Promise<AgendaItem[]> {
  return sortByOrder(await db.agendaItems.where({ meetingId }).toArray());
}
