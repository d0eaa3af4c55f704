/*
 * What the import preview shows of an update, in the order a delegate reads it: schedule
 * changes first (meetings added, removed or rescheduled), then agenda items, then the plan's
 * texts, then everything else. Each record change appears once: a meeting's schedule fields
 * are in the schedule list, a section's paragraphs in the texts list, so the "other changes"
 * list shows only what those lists leave out.
 */
import type { FieldChange, PlanDifference } from '../domain/plan-diff.ts';
import { textIn } from '../domain/text.ts';
import type { LocalizedText, Meeting, Section } from '../domain/types.ts';
import { recordLabel, showValue } from '../i18n/change-labels.ts';
import { formatDate, formatTime } from '../i18n/format.ts';
import { zoneCity } from '../i18n/zone-cities.ts';
import { meetingTitle, meetingWhen } from '../i18n/labels.ts';
import { locale, t } from '../i18n/index.ts';
import type { FileProblem } from './problems.ts';
import type { TextChange, UpdatePreview } from './preview-store.ts';
import { SCHEDULE_FIELDS, type ScheduleChange } from './schedule.ts';

/** Longest list shown in full; the rest is counted. */
export const LIST_MAX = 100;
/** Longest paragraph text shown before and after. */
const TEXT_MAX = 400;

const SCHEDULE: readonly string[] = SCHEDULE_FIELDS;

export type ShownChange = PlanDifference & { shownFields: FieldChange[] };

export function agendaChanges(preview: UpdatePreview): ShownChange[] {
  return preview.changes.filter((c) => c.table === 'agendaItems').map((c) => ({ ...c, shownFields: fieldsOf(c) }));
}

/** Changes not already shown in the schedule, agenda or texts lists. */
export function otherChanges(preview: UpdatePreview): ShownChange[] {
  return preview.changes.flatMap((change): ShownChange[] => {
    if (change.table === 'agendaItems') return [];
    if (change.table === 'meetings' && change.kind !== 'changed') return [];
    const shownFields = fieldsOf(change).filter((f) => !hiddenField(change, f.field));
    if (change.kind === 'changed' && shownFields.length === 0) return [];
    return [{ ...change, shownFields }];
  });
}

function hiddenField(change: PlanDifference, field: string): boolean {
  if (change.table === 'meetings') return SCHEDULE.includes(field);
  return change.table === 'sections' && field === 'paragraphs';
}

function fieldsOf(change: PlanDifference): FieldChange[] {
  return change.kind === 'changed' ? change.fields : [];
}

/** "Séance spéciale · 17–18 novembre 2011"; an untitled meeting's title already says its day. */
export function meetingLine(meeting: Meeting | undefined): string {
  if (!meeting) return '';
  const title = meetingTitle(meeting).text;
  return meeting.title ? `${title} · ${meetingWhen(meeting)}` : title;
}

/** How the preview names a record: a meeting by its title and days, others by their title, text or symbol. */
export function recordName(table: string, record: unknown, id: string): string {
  if (table === 'meetings' && record) return meetingLine(record as Meeting);
  return recordLabel({ before: undefined, after: record, recordId: id });
}

/** A meeting field's value as the calendar screens write it. */
export function scheduleValue(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return showValue(undefined);
  if ((field === 'startDate' || field === 'endDate') && typeof value === 'string') return formatDate(value);
  if ((field === 'startTime' || field === 'endTime') && typeof value === 'string') return formatTime(value);
  if (field === 'status' && typeof value === 'string') return t(`meetingStatus.${value as Meeting['status']}`);
  return showValue(value);
}

/** The heading of the section a paragraph change belongs to. */
export function sectionName(preview: UpdatePreview, change: TextChange): string {
  const section = preview.changes.find((c) => c.table === 'sections' && c.id === change.sectionId);
  const record = (section && (section.kind === 'removed' ? section.before : section.after)) as Section | undefined;
  if (!record) return change.sectionId;
  const heading = textIn(record.heading, locale).text;
  return record.number ? `${record.number}. ${heading}` : heading;
}

export function paragraphText(text: LocalizedText | undefined): string {
  const shown = text ? textIn(text, locale).text : '';
  return shown.length > TEXT_MAX ? `${shown.slice(0, TEXT_MAX - 1)}…` : shown;
}

export function badgeTone(kind: PlanDifference['kind']): 'ok' | 'bad' | 'warn' {
  return kind === 'added' ? 'ok' : kind === 'removed' ? 'bad' : 'warn';
}

/** A field's value in a comparison: paragraphs by their text, a meeting's schedule as the calendar writes it. */
export function fieldValue(table: string, field: string, value: unknown): string {
  if (field === 'paragraphs' && Array.isArray(value)) {
    return showValue(value.map((p: { text?: LocalizedText }) => paragraphText(p.text)).join(' / '));
  }
  if (table === 'meetings' && SCHEDULE.includes(field)) return scheduleValue(field, value);
  return showValue(value);
}

/** A contact from the file, as a link only for the schemes the format allows. */
export function contactHref(contact: string | undefined): string | undefined {
  return contact && /^(https?:|mailto:|tel:)/i.test(contact) ? contact : undefined;
}

/** The schedule changes in the order of the meetings' days and start times (a removed meeting at the time it had). */
export function inDateOrder(schedule: readonly ScheduleChange[]): ScheduleChange[] {
  const at = (change: ScheduleChange) => {
    const meeting = change.after ?? change.before;
    return meeting ? `${meeting.startDate}T${meeting.startTime ?? ''}` : '';
  };
  return [...schedule].sort((a, b) => at(a).localeCompare(at(b)));
}

/** What a delegate checks of a meeting before importing it: its time with its zone, its place, its status (its days are in meetingLine). */
export function meetingFacts(meeting: Meeting): string[] {
  const time = meeting.startTime
    ? t('file.ics.timeInZone', {
        time: [meeting.startTime, meeting.endTime]
          .filter(Boolean)
          .map((v) => formatTime(v!))
          .join(' – '),
        city: zoneCity(meeting.timeZone, locale),
      })
    : t('meeting.allDay');
  const place = meeting.place ? textIn(meeting.place, locale).text : undefined;
  return [time, ...(place ? [place] : []), t(`meetingStatus.${meeting.status}`)];
}

/** "“Budget review”, line 52": how the preview names an event it skipped; undefined for a problem of the whole file. */
export function skippedEventName(skipped: FileProblem): string | undefined {
  const line = skipped.params?.line;
  if (line === undefined) return undefined;
  const summary = String(skipped.params?.summary ?? '');
  return summary ? t('file.ics.skippedEvent', { summary, line }) : t('file.ics.untitled', { line });
}
