/*
 * What makes each kind of record valid, for the forms (as the user types and on save) and
 * for the commands, which refuse to store anything invalid. Each validator takes a draft (the
 * record's editable fields; a whole record fits too) and returns its FieldErrors, empty when
 * the draft may be saved.
 */
import type { CitationTarget, LocalizedText, Mandate, Meeting, OutcomeKind, Person, Plan } from './types.ts';
import { MANDATE_STATUSES, MEETING_KINDS, MEETING_STATUSES, OUTCOME_KINDS, PLAN_STATUSES } from './types.ts';
import {
  AGENDA_ITEM_MAX,
  NAME_MAX,
  NOTE_MAX,
  NUMBER_MAX,
  PARAGRAPH_MAX,
  SHORT_TITLE_MAX,
  SYMBOL_MAX,
  TITLE_MAX,
  choice,
  collect,
  date,
  isBlank,
  language,
  optionalText,
  requiredText,
  time,
  timeZone,
  type FieldErrors,
  type ValidationMessage,
} from './validation-rules.ts';

import { meetingClockErrors } from './meeting-clock.ts';
import { wallClockToInstant } from './zoned-time.ts';

export * from './validation-rules.ts';

export type PlanDraft = Pick<Plan, 'title' | 'shortTitle' | 'body' | 'language' | 'timeZone' | 'status'> & { chair?: Person };
export type MeetingDraft = Pick<Meeting, 'kind' | 'startDate' | 'timeZone' | 'status'> &
  Partial<Pick<Meeting, 'title' | 'endDate' | 'startTime' | 'endTime' | 'place' | 'startOffset' | 'endOffset' | 'notes'>>;
export type OutcomeDraft = { kind: OutcomeKind; note?: LocalizedText };
export type AgendaItemDraft = { text: LocalizedText; outcome?: OutcomeDraft };
export type MandateDraft = Pick<Mandate, 'text' | 'responsible' | 'status' | 'toBeConfirmed'> & { confirmationNote?: LocalizedText; dueDate?: string };
export type ParagraphDraft = { text: LocalizedText };
export type SectionDraft = { heading: LocalizedText; number?: string; paragraphs?: ParagraphDraft[]; signature?: LocalizedText[] };
export type ResolutionDraft = { symbol: string; title: LocalizedText; note?: LocalizedText };
export type DocumentRefDraft = { symbol: string; title?: LocalizedText; citedIn?: CitationTarget[] };

export function validatePlan(draft: PlanDraft): FieldErrors {
  return collect([
    ['title', requiredText(draft.title.text, TITLE_MAX)],
    ['shortTitle', requiredText(draft.shortTitle.text, SHORT_TITLE_MAX)],
    ['body', optionalText(draft.body.text, NAME_MAX)],
    ['language', language(draft.language)],
    ['timeZone', timeZone(draft.timeZone)],
    ['status', choice(draft.status, PLAN_STATUSES)],
    ['chair.name', draft.chair ? requiredText(draft.chair.name, NAME_MAX) : undefined],
    ['chair.role', optionalText(draft.chair?.role?.text, NOTE_MAX)],
  ]);
}

export function validateMeeting(draft: MeetingDraft): FieldErrors {
  const titleRequired = draft.kind !== 'working-group';
  const errors = collect([
    ['kind', choice(draft.kind, MEETING_KINDS)],
    ['status', choice(draft.status, MEETING_STATUSES)],
    ['title', titleRequired ? requiredText(draft.title?.text, TITLE_MAX) : optionalText(draft.title?.text, TITLE_MAX)],
    ['place', optionalText(draft.place?.text, NAME_MAX)],
    ['startDate', date(draft.startDate, true)],
    ['endDate', date(draft.endDate, false) ?? endDateRule(draft)],
    ['startTime', time(draft.startTime)],
    ['endTime', time(draft.endTime) ?? endTimeRule(draft)],
    ['timeZone', meetingZoneRule(draft)],
    ['notes', optionalText(draft.notes?.text, PARAGRAPH_MAX)],
  ]);
  // The clock-change rule, for fields that break no rule above.
  return { ...meetingClockErrors(draft), ...errors };
}

function endDateRule(d: MeetingDraft): ValidationMessage | undefined {
  const bothValid = !date(d.startDate, true) && !isBlank(d.endDate);
  return bothValid && d.endDate! < d.startDate ? { key: 'validation.endBeforeStart' } : undefined;
}

function endTimeRule(d: MeetingDraft): ValidationMessage | undefined {
  if (isBlank(d.endTime)) return undefined;
  if (isBlank(d.startTime)) return { key: 'validation.endTimeNeedsStart' };
  const sameDay = isBlank(d.endDate) || d.endDate === d.startDate;
  if (!sameDay || time(d.startTime)) return undefined;
  return d.endTime! <= d.startTime! || endsFirst(d) ? { key: 'validation.endTimeBeforeStart' } : undefined;
}

/** On a day the clocks go back, 01:45 (first) comes before 01:30 (second). */
function endsFirst(d: MeetingDraft): boolean {
  if (d.startOffset === undefined && d.endOffset === undefined) return false;
  if (date(d.startDate, true) || timeZone(d.timeZone)) return false;
  const at = (t: string, offset?: number) => wallClockToInstant(`${d.startDate}T${t}:00`, d.timeZone, offset);
  return at(d.endTime!, d.endOffset) <= at(d.startTime!, d.startOffset);
}

function meetingZoneRule(d: MeetingDraft): ValidationMessage | undefined {
  const hasTime = !isBlank(d.startTime) || !isBlank(d.endTime);
  if (hasTime && isBlank(d.timeZone)) return { key: 'validation.timeNeedsZone' };
  return timeZone(d.timeZone);
}

export function validateAgendaItem(draft: AgendaItemDraft): FieldErrors {
  return collect([
    ['text', requiredText(draft.text.text, AGENDA_ITEM_MAX)],
    ...Object.entries(draft.outcome ? validateOutcome(draft.outcome) : {}).map(([k, v]) => [`outcome.${k}`, v] as const),
  ]);
}

function validateOutcome(draft: OutcomeDraft): FieldErrors {
  return collect([
    ['kind', choice(draft.kind, OUTCOME_KINDS)],
    ['note', optionalText(draft.note?.text, NOTE_MAX)],
  ]);
}

export function validateMandate(draft: MandateDraft): FieldErrors {
  return collect([
    ['text', requiredText(draft.text.text, PARAGRAPH_MAX)],
    ['status', choice(draft.status, MANDATE_STATUSES)],
    ['toBeConfirmed', typeof draft.toBeConfirmed === 'boolean' ? undefined : { key: 'validation.choiceInvalid' }],
    ['confirmationNote', optionalText(draft.confirmationNote?.text, NOTE_MAX)],
    ['dueDate', date(draft.dueDate, false)],
    ...draft.responsible.map((body, i) => [`responsible.${i}`, requiredText(body.text, NAME_MAX)] as const),
  ]);
}

export function validateParagraph(draft: ParagraphDraft): FieldErrors {
  return collect([['text', requiredText(draft.text.text, PARAGRAPH_MAX)]]);
}

export function validateSection(draft: SectionDraft): FieldErrors {
  return collect([
    ['heading', requiredText(draft.heading.text, TITLE_MAX)],
    ['number', optionalText(draft.number, NUMBER_MAX)],
    ...(draft.paragraphs ?? []).map((p, i) => [`paragraphs.${i}.text`, requiredText(p.text.text, PARAGRAPH_MAX)] as const),
    ...(draft.signature ?? []).map((line, i) => [`signature.${i}`, requiredText(line.text, TITLE_MAX)] as const),
  ]);
}

export function validateResolution(draft: ResolutionDraft): FieldErrors {
  return collect([
    ['symbol', requiredText(draft.symbol, SYMBOL_MAX)],
    ['title', requiredText(draft.title.text, TITLE_MAX)],
    ['note', optionalText(draft.note?.text, NOTE_MAX)],
  ]);
}

export function validateDocumentRef(draft: DocumentRefDraft): FieldErrors {
  const kinds = ['section', 'resolution', 'mandate', 'milestone', 'meeting'] as const;
  return collect([
    ['symbol', requiredText(draft.symbol, SYMBOL_MAX)],
    ['title', optionalText(draft.title?.text, TITLE_MAX)],
    ...(draft.citedIn ?? []).map((c, i) => [`citedIn.${i}`, choice(c.kind, kinds) ?? requiredText(c.id, NAME_MAX)] as const),
  ]);
}
