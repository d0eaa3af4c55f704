/*
 * The part of a meeting a delegate's calendar depends on: when, where, in which zone, and
 * whether it still takes place. An import lists changes to these apart, so schedule changes
 * are seen at a glance, and keeps a meeting's iCalendar SEQUENCE rising when they change,
 * so calendars that imported the meeting accept the new version.
 */
import { sameValue } from '../domain/equal.ts';
import type { FieldChange, PlanDifference } from '../domain/plan-diff.ts';
import type { Id, Meeting } from '../domain/types.ts';

export const SCHEDULE_FIELDS = ['startDate', 'endDate', 'startTime', 'endTime', 'timeZone', 'place', 'status'] as const satisfies readonly (keyof Meeting)[];
/** What a calendar shows: the schedule and the title. */
const CALENDAR_FIELDS: readonly (keyof Meeting)[] = [...SCHEDULE_FIELDS, 'title'];

export type ScheduleChange = {
  meetingId: Id;
  kind: 'added' | 'removed' | 'changed';
  /** For a changed meeting, the schedule fields that change; empty otherwise. */
  fields: FieldChange[];
  before?: Meeting;
  after?: Meeting;
};

/** The meetings added, removed or rescheduled among `changes`. */
export function scheduleChanges(changes: readonly PlanDifference[]): ScheduleChange[] {
  return changes.flatMap((change): ScheduleChange[] => {
    if (change.table !== 'meetings') return [];
    if (change.kind === 'added') return [{ meetingId: change.id, kind: 'added', fields: [], after: change.after as Meeting }];
    if (change.kind === 'removed') return [{ meetingId: change.id, kind: 'removed', fields: [], before: change.before as Meeting }];
    const fields = change.fields.filter((f) => (SCHEDULE_FIELDS as readonly string[]).includes(f.field));
    return fields.length ? [{ meetingId: change.id, kind: 'changed', fields, before: change.before as Meeting, after: change.after as Meeting }] : [];
  });
}

/**
 * The SEQUENCE an incoming meeting is stored with: the file's, but never lower than the
 * local one, and above it when a calendar field changes (a delegate may have exported the
 * local version to a calendar).
 */
export function importedSequence(local: Meeting, incoming: Meeting): number {
  const changed = CALENDAR_FIELDS.some((field) => !sameValue(local[field], incoming[field]));
  return Math.max(incoming.sequence, changed ? local.sequence + 1 : local.sequence);
}
