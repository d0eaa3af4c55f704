/*
 * The meeting form's values (plain strings, as inputs hold them) and the way to and from a
 * stored meeting: blank optional fields become absent, texts keep the language they had.
 */
import type { Meeting, MeetingKind, MeetingStatus, Plan } from '../domain/types.ts';
import { validateMeeting, type MeetingDraft } from '../domain/validation.ts';
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
    notes: meeting?.notes?.text ?? '',
  };
}

/** The draft a command takes; `lang` is the language of the texts typed (the plan's). */
export function meetingDraft(values: MeetingValues, lang: string, meeting?: Meeting): MeetingDraft {
  const text = (value: string, kept?: { lang: string }) =>
    value.trim() ? { ...(kept ?? {}), lang: kept?.lang ?? lang, text: value.trim() } : undefined;
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
    notes: text(values.notes, meeting?.notes),
  };
}

export function meetingErrors(values: MeetingValues, lang: string): Partial<Record<keyof MeetingValues, string>> {
  return fieldMessages(validateMeeting(meetingDraft(values, lang)));
}

/** IANA zones this browser knows, for the time-zone picker (the current one first if unknown). */
export function timeZoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) || !current ? all : [current, ...all];
}

/** The edit as a patch: a field the user cleared is removed (null), the others take their value. */
export function meetingPatch(values: MeetingValues, lang: string, meeting: Meeting): MeetingPatch {
  const draft = meetingDraft(values, lang, meeting);
  const optional = ['title', 'endDate', 'startTime', 'endTime', 'place', 'notes'] as const;
  const patch: MeetingPatch = { ...draft };
  for (const key of optional) if (draft[key] === undefined) patch[key] = null;
  return patch;
}
