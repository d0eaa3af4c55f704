/*
 * The meeting form's values (plain strings, as inputs hold them) and the way to and from a
 * stored meeting: blank optional fields become absent, texts keep the language they had. A
 * UTC offset chosen for a time shown twice is kept only while that time is shown twice.
 */
import { readWallClock } from '../domain/clock-changes.ts';
import { isIsoDate, isTimeZone } from '../domain/dates.ts';
import type { Meeting, MeetingKind, MeetingStatus, Plan } from '../domain/types.ts';
import { time, validateMeeting, type MeetingDraft } from '../domain/validation.ts';
import { readableParams } from '../i18n/clock-words.ts';
import { fieldMessages } from './field-messages.ts';
import type { MeetingPatch } from '../db/commands/meeting-commands.ts';

export type MeetingValues = {
  kind: MeetingKind;
  title: string;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  place: string;
  status: MeetingStatus;
  /** The UTC offset (minutes, as a string) chosen for the start time when it happens twice; '' when none. */
  startOffset: string;
  endOffset: string;
  notes: string;
};

export function meetingValues(plan: Plan, meeting?: Meeting): MeetingValues {
  return {
    kind: meeting?.kind ?? 'working-group',
    title: meeting?.title?.text ?? '',
    startDate: meeting?.startDate ?? '',
    endDate: meeting?.endDate ?? '',
    startTime: meeting?.startTime ?? '',
    endTime: meeting?.endTime ?? '',
    timeZone: meeting?.timeZone ?? plan.timeZone,
    place: meeting?.place?.text ?? '',
    status: meeting?.status ?? 'planned',
    startOffset: meeting?.startOffset === undefined ? '' : String(meeting.startOffset),
    endOffset: meeting?.endOffset === undefined ? '' : String(meeting.endOffset),
    notes: meeting?.notes?.text ?? '',
  };
}

export type OffsetChoice = { first: number; second: number };

/** The two UTC offsets of the start (or end) time when the clocks show it twice on the first day; undefined otherwise. */
export function offsetChoice(values: MeetingValues, which: 'start' | 'end'): OffsetChoice | undefined {
  const wall = which === 'start' ? values.startTime : values.endTime;
  if (!wall || time(wall) || !isIsoDate(values.startDate) || !isTimeZone(values.timeZone)) return undefined;
  const reading = readWallClock(`${values.startDate}T${wall}:00`, values.timeZone);
  return reading.kind === 'twice' ? { first: reading.first, second: reading.second } : undefined;
}

function chosenOffset(values: MeetingValues, which: 'start' | 'end'): number | undefined {
  const chosen = which === 'start' ? values.startOffset : values.endOffset;
  return chosen !== '' && offsetChoice(values, which) ? Number(chosen) : undefined;
}

/** The draft a command takes; `lang` is the language of the texts typed (the plan's). */
export function meetingDraft(values: MeetingValues, lang: string, meeting?: Meeting): MeetingDraft {
  const text = (value: string, kept?: { lang: string }) => (value.trim() ? { ...(kept ?? {}), lang: kept?.lang ?? lang, text: value.trim() } : undefined);
  return {
    kind: values.kind,
    status: values.status,
    startDate: values.startDate,
    timeZone: values.timeZone,
    title: text(values.title, meeting?.title),
    endDate: values.endDate || undefined,
    startTime: values.startTime || undefined,
    endTime: values.endTime || undefined,
    place: text(values.place, meeting?.place),
    startOffset: chosenOffset(values, 'start'),
    endOffset: chosenOffset(values, 'end'),
    notes: text(values.notes, meeting?.notes),
  };
}

export function meetingErrors(values: MeetingValues, lang: string): Partial<Record<keyof MeetingValues, string>> {
  const errors = validateMeeting(meetingDraft(values, lang));
  for (const message of Object.values(errors)) if (message) message.params = readableParams(message.params);
  return fieldMessages(errors);
}

/** IANA zones this browser knows, for the time-zone picker (the current one first if unknown). */
export function timeZoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) || !current ? all : [current, ...all];
}

/** The edit as a patch: a field the user cleared is removed (null), the others take their value. */
export function meetingPatch(values: MeetingValues, lang: string, meeting: Meeting): MeetingPatch {
  const draft = meetingDraft(values, lang, meeting);
  const optional = ['title', 'endDate', 'startTime', 'endTime', 'place', 'startOffset', 'endOffset', 'notes'] as const;
  const patch: MeetingPatch = { ...draft };
  for (const key of optional) if (draft[key] === undefined) patch[key] = null;
  return patch;
}
