/*
 * Commands on meetings: add, edit, postpone, cancel, delete. Every change to what a calendar
 * shows (time, place, title, status) raises the meeting's SEQUENCE, which the write path
 * (context.ts, through nextSequence) does for every command, undo included.
 */
import type { Id, Meeting } from '../../domain/types.ts';
import { validateMeeting, type MeetingDraft } from '../../domain/validation.ts';
import type { QuorumDatabase } from '../database.ts';
import { mustGet, runCommand, type CommandContext } from './context.ts';
import { assertUnchanged, assertValid } from './errors.ts';
import { newId } from './ids.ts';
import { applyPatch, dropBlank, type Patch } from './patch.ts';
import { assertInPlan, detachReferences } from './references.ts';

export type NewMeeting = MeetingDraft & { sourceSectionId?: Id };
export type MeetingPatch = Patch<MeetingDraft & { sourceSectionId?: Id }>;
/** Where a postponed meeting moves to; left out, it stays "postponed" with no new date yet. */
export type NewTime = Patch<Pick<Meeting, 'startDate' | 'endDate' | 'startTime' | 'endTime' | 'timeZone' | 'startOffset' | 'endOffset'>>;

const OPTIONAL = ['title', 'endDate', 'startTime', 'endTime', 'place', 'sourceSectionId', 'startOffset', 'endOffset', 'notes'] as const;

export async function addMeeting(db: QuorumDatabase, planId: Id, draft: NewMeeting, now = new Date()): Promise<Meeting> {
  const fields = dropBlank(draft, OPTIONAL);
  assertValid(validateMeeting(fields));
  return runCommand(db, 'addMeeting', now, async (ctx) => {
    await mustGet(db, 'plans', planId);
    await assertInPlan(db, 'sections', fields.sourceSectionId, planId, 'sourceSectionId');
    return ctx.create('meetings', { ...fields, id: newId(planId, 'meeting'), planId, updatedAt: ctx.now, sequence: 0 });
  });
}

/** `base`: the meeting as the form opened it; a RecordChangedError when it changed since. */
export async function updateMeeting(db: QuorumDatabase, id: Id, patch: MeetingPatch, now = new Date(), base?: Meeting): Promise<Meeting> {
  return runCommand(db, 'updateMeeting', now, (ctx) => changeMeeting(ctx, id, patch, base));
}

export async function postponeMeeting(db: QuorumDatabase, id: Id, to: NewTime = {}, now = new Date()): Promise<Meeting> {
  // A new time drops the offsets chosen for the old one, unless it comes with its own.
  const offsets = Object.keys(to).length ? { startOffset: null, endOffset: null } : {};
  return runCommand(db, 'postponeMeeting', now, (ctx) => changeMeeting(ctx, id, { ...offsets, ...to, status: 'postponed' }));
}

export async function cancelMeeting(db: QuorumDatabase, id: Id, now = new Date()): Promise<Meeting> {
  return runCommand(db, 'cancelMeeting', now, (ctx) => changeMeeting(ctx, id, { status: 'cancelled' }));
}

/** Deletes a meeting with its agenda items and every citation of it, as one batch. */
export async function deleteMeeting(db: QuorumDatabase, id: Id, now = new Date()): Promise<void> {
  return runCommand(db, 'deleteMeeting', now, async (ctx) => {
    const meeting = await mustGet(db, 'meetings', id);
    for (const item of await db.agendaItems.where({ meetingId: id }).toArray()) await ctx.remove('agendaItems', item);
    await ctx.remove('meetings', meeting);
    await detachReferences(ctx, meeting.planId, new Set([id]));
  });
}

async function changeMeeting(ctx: CommandContext, id: Id, patch: MeetingPatch, base?: Meeting): Promise<Meeting> {
  const before = await mustGet(ctx.db, 'meetings', id);
  assertUnchanged('meetings', before, base);
  const after = dropBlank(applyPatch(before, patch), OPTIONAL);
  assertValid(validateMeeting(after));
  await assertInPlan(ctx.db, 'sections', after.sourceSectionId, after.planId, 'sourceSectionId');
  return ctx.update('meetings', before, after);
}
