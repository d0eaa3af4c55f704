/*
 * The agenda item form's values and checks: the item's text and its outcome note, as typed.
 */
import { validateAgendaItem } from '../domain/validation.ts';
import type { AgendaItem, OutcomeKind } from '../domain/types.ts';
import { fieldMessages } from './field-messages.ts';

export type AgendaValues = { text: string; note: string };

export function agendaValues(item?: AgendaItem): AgendaValues {
  return { text: item?.text.text ?? '', note: item?.outcome?.note?.text ?? '' };
}

export function agendaErrors(values: AgendaValues, lang: string, outcome?: OutcomeKind): Partial<Record<keyof AgendaValues, string>> {
  const note = values.note.trim() ? { lang, text: values.note } : undefined;
  const errors = fieldMessages(validateAgendaItem({ text: { lang, text: values.text }, outcome: outcome ? { kind: outcome, note } : undefined }));
  return { ...(errors.text ? { text: errors.text } : {}), ...(errors['outcome.note'] ? { note: errors['outcome.note'] } : {}) };
}
