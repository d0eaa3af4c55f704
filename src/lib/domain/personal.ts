/*
 * The user's own data about a plan: meetings and agenda items marked "mine", and private notes.
 * It is not part of the plan (never in its tables, its history, a plan file or a publication):
 * each entry is keyed by the plan's id and the record's stable id, so it survives edits, an
 * imported new version, a restored version and undo, and finds its record again when a deleted
 * plan comes back. A mark keeps the meeting as the user last saw it (`seen`): comparing it with
 * the plan now tells which marked meetings were moved, cancelled or removed, once.
 */
import type { AgendaItem, Id, Instant, IsoDate, LocalizedText, Meeting, MeetingStatus, TimeZoneId, WallTime } from './types.ts';

export const PERSONAL_KINDS = ['meeting', 'agendaItem'] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

/** What the user saw of a meeting: the fields whose change they are told about. */
export type MeetingSnapshot = {
  startDate: IsoDate;
  endDate?: IsoDate;
  startTime?: WallTime;
  endTime?: WallTime;
  timeZone: TimeZoneId;
  status: MeetingStatus;
  /** Its title then, to name it once it is gone (not compared: a new title is no move). */
  title?: LocalizedText;
};

export type Mark = {
  planId: Id;
  recordId: Id;
  kind: PersonalKind;
  markedAt: Instant;
  /** The meeting (for an agenda item: its meeting) when last seen; null: seen as removed. */
  seen: MeetingSnapshot | null;
  /** An agenda item's text when marked, to name it once it is gone. */
  itemText?: LocalizedText;
  /** While `seen` is null: the meeting as last seen before it was removed, to name it. */
  lastSeen?: MeetingSnapshot;
};

/** Characters in one note: a long page of minutes. */
export const MAX_NOTE_LENGTH = 20_000;

export type Note = {
  planId: Id;
  recordId: Id;
  kind: PersonalKind;
  text: string;
  updatedAt: Instant;
};

export function snapshotOf(meeting: Meeting): MeetingSnapshot {
  const { startDate, endDate, startTime, endTime, timeZone, status, title } = meeting;
  const snapshot: MeetingSnapshot = { startDate, timeZone, status };
  if (title !== undefined) snapshot.title = title;
  if (endDate !== undefined) snapshot.endDate = endDate;
  if (startTime !== undefined) snapshot.startTime = startTime;
  if (endTime !== undefined) snapshot.endTime = endTime;
  return snapshot;
}

/** The meeting a mark follows as the plan stands: the meeting itself, or its item's meeting. */
export function meetingOfMark(
  mark: Pick<Mark, 'kind' | 'recordId'>,
  meetings: ReadonlyMap<Id, Meeting>,
  items: ReadonlyMap<Id, AgendaItem>,
): Meeting | undefined {
  if (mark.kind === 'meeting') return meetings.get(mark.recordId);
  const item = items.get(mark.recordId);
  return item && meetings.get(item.meetingId);
}

export type MarkChange =
  | { kind: 'moved'; mark: Mark; before: MeetingSnapshot; after: Meeting }
  | { kind: 'cancelled'; mark: Mark; after: Meeting }
  | { kind: 'removed'; mark: Mark; before: MeetingSnapshot }
  /** Seen as removed, and back (an undo, a restored version). */
  | { kind: 'restored'; mark: Mark; after: Meeting };

const movedFields = ['startDate', 'endDate', 'startTime', 'endTime', 'timeZone'] as const;

function wasMoved(before: MeetingSnapshot, after: MeetingSnapshot): boolean {
  return movedFields.some((field) => before[field] !== after[field]);
}

/** What changed, for the user, in the meeting a mark follows since they last saw it; undefined: nothing to tell. */
export function changeOf(mark: Mark, now: Meeting | undefined): MarkChange | undefined {
  const before = mark.seen;
  if (!now) return before ? { kind: 'removed', mark, before } : undefined;
  if (!before) return { kind: 'restored', mark, after: now };
  if (now.status === 'cancelled' && before.status !== 'cancelled') return { kind: 'cancelled', mark, after: now };
  if (wasMoved(before, snapshotOf(now))) return { kind: 'moved', mark, before, after: now };
  return undefined;
}

/** Every marked meeting or item whose meeting moved, was cancelled, removed or came back since last seen, by the date the user knew. */
export function markChanges(marks: readonly Mark[], meetings: ReadonlyMap<Id, Meeting>, items: ReadonlyMap<Id, AgendaItem>): MarkChange[] {
  const changes = marks.flatMap((mark) => changeOf(mark, meetingOfMark(mark, meetings, items)) ?? []);
  const knownDate = (c: MarkChange) => (c.mark.seen ?? (c.kind === 'restored' ? c.after : undefined))?.startDate ?? '';
  return changes.sort((a, b) => knownDate(a).localeCompare(knownDate(b)));
}

/** The snapshot a mark takes once the user has seen the plan as it is: "told once". */
export function seenNow(mark: Mark, now: Meeting | undefined): Mark {
  const { lastSeen, ...rest } = mark;
  if (now) return { ...rest, seen: snapshotOf(now) };
  const known = mark.seen ?? lastSeen;
  return known ? { ...rest, seen: null, lastSeen: known } : { ...rest, seen: null };
}

/** The meeting as the user last knew it, removed or not. */
export function knownMeeting(mark: Mark): MeetingSnapshot | undefined {
  return mark.seen ?? mark.lastSeen;
}

/** True when the snapshot differs from the meeting in any field it keeps (a change told or not worth telling). */
export function snapshotStale(mark: Mark, now: Meeting | undefined): boolean {
  if (!now || !mark.seen) return !now !== !mark.seen;
  const current = snapshotOf(now);
  return wasMoved(mark.seen, current) || mark.seen.status !== current.status;
}

/** The meetings of my agenda, in the plan's order: the marked ones and those of marked agenda items (each once). */
export function markedMeetings(marks: readonly Mark[], meetings: readonly Meeting[], items: readonly AgendaItem[]): Meeting[] {
  const itemMeeting = new Map(items.map((i) => [i.id, i.meetingId]));
  const wanted = new Set(marks.map((m) => (m.kind === 'meeting' ? m.recordId : itemMeeting.get(m.recordId))));
  return meetings.filter((m) => wanted.has(m.id));
}
