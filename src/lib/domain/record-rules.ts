/*
 * The rules a stored record meets, by table: the validators of validation.ts (the ones the
 * forms run as the user types and the commands run before writing), applied to a whole
 * record. Plan files are checked with these same functions, so a file can never store what a
 * form would refuse. Milestones have no form; their one rule (a title) is here. The
 * translation form's rule (no translation over PARAGRAPH_MAX) holds for every text of every
 * record.
 */
import type { RecordTable } from './types.ts';
import type { AgendaItem, DocumentRef, Mandate, Meeting, Milestone, Plan, Resolution, Section } from './types.ts';
import {
  collect,
  NAME_MAX,
  optionalText,
  PARAGRAPH_MAX,
  requiredText,
  TITLE_MAX,
  validateAgendaItem,
  validateDocumentRef,
  validateMandate,
  validateMeeting,
  validatePlan,
  validateResolution,
  validateSection,
  type FieldErrors,
} from './validation.ts';

type RecordOf = {
  plans: Plan;
  sections: Section;
  resolutions: Resolution;
  mandates: Mandate;
  meetings: Meeting;
  agendaItems: AgendaItem;
  documents: DocumentRef;
  milestones: Milestone;
};

export function validateMilestone(milestone: Pick<Milestone, 'title' | 'place'>): FieldErrors {
  return collect([
    ['title', requiredText(milestone.title.text, TITLE_MAX)],
    ['place', optionalText(milestone.place?.text, NAME_MAX)],
  ]);
}

/** Each table's validator; every one takes the whole record. */
export const RECORD_RULES: { [K in RecordTable]: (record: RecordOf[K]) => FieldErrors } = {
  plans: validatePlan,
  sections: validateSection,
  resolutions: validateResolution,
  mandates: validateMandate,
  meetings: validateMeeting,
  agendaItems: validateAgendaItem,
  documents: validateDocumentRef,
  milestones: validateMilestone,
};

/** The field errors of `record`, a record of `table`; empty when a form would save it. */
export function recordErrors<K extends RecordTable>(table: K, record: RecordOf[K]): FieldErrors {
  return { ...RECORD_RULES[table](record), ...translationErrors(record) };
}

/** Translations longer than the translation form takes, anywhere in `value`, by field path ("title.translations.en"). */
export function translationErrors(value: unknown, at = ''): FieldErrors {
  if (typeof value !== 'object' || value === null) return {};
  const errors: FieldErrors = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const path = at ? `${at}.${key}` : key;
    if (key === 'translations' && typeof inner === 'object' && inner !== null) {
      for (const [lang, text] of Object.entries(inner)) {
        const message = typeof text === 'string' ? optionalText(text.trim(), PARAGRAPH_MAX) : undefined;
        if (message) errors[`${path}.${lang}`] = message;
      }
    } else {
      Object.assign(errors, translationErrors(inner, path));
    }
  }
  return errors;
}
