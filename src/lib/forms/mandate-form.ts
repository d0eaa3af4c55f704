/*
 * The mandate form: its text, the responsible bodies (one per line), its status, the "to be
 * confirmed" flag and its note, and its due date (optional). The note is kept only while the
 * flag is set.
 */
import type { MandatePatch } from '../db/commands/mandate-commands.ts';
import type { Mandate, MandateStatus } from '../domain/types.ts';
import { validateMandate, type MandateDraft } from '../domain/validation.ts';
import { fieldMessages } from './field-messages.ts';
import { editedText, lineError, linesOf, optionalEditedText, textsFromLines } from './text-values.ts';

export type MandateValues = {
  text: string;
  responsible: string;
  status: MandateStatus;
  toBeConfirmed: boolean;
  confirmationNote: string;
  dueDate: string;
};

export function mandateValues(mandate?: Mandate): MandateValues {
  return {
    text: mandate?.text.text ?? '',
    responsible: linesOf(mandate?.responsible),
    status: mandate?.status ?? 'pending',
    toBeConfirmed: mandate?.toBeConfirmed ?? false,
    confirmationNote: mandate?.confirmationNote?.text ?? '',
    dueDate: mandate?.dueDate ?? '',
  };
}

/** What the commands take; `mandate` is the stored one when editing (its texts are reused when unchanged). */
export function mandateDraft(values: MandateValues, lang: string, mandate?: Mandate): MandateDraft {
  const note = values.toBeConfirmed ? optionalEditedText(mandate?.confirmationNote, values.confirmationNote, lang) : undefined;
  return {
    text: editedText(mandate?.text, values.text, lang),
    responsible: textsFromLines(values.responsible, mandate?.responsible ?? [], lang),
    status: values.status,
    toBeConfirmed: values.toBeConfirmed,
    ...(note ? { confirmationNote: note } : {}),
    ...(values.dueDate.trim() ? { dueDate: values.dueDate.trim() } : {}),
  };
}

export function mandatePatch(values: MandateValues, lang: string, mandate: Mandate): MandatePatch {
  const draft = mandateDraft(values, lang, mandate);
  return { ...draft, confirmationNote: draft.confirmationNote ?? null, dueDate: draft.dueDate ?? null };
}

export function mandateErrors(values: MandateValues, lang: string): Partial<Record<keyof MandateValues, string>> {
  const messages = fieldMessages(validateMandate(mandateDraft(values, lang)));
  const errors: Partial<Record<keyof MandateValues, string>> = {};
  if (messages.text) errors.text = messages.text;
  if (messages.status) errors.status = messages.status;
  if (messages.confirmationNote) errors.confirmationNote = messages.confirmationNote;
  if (messages.dueDate) errors.dueDate = messages.dueDate;
  const line = lineError(messages, 'responsible', values.responsible);
  if (line) errors.responsible = line;
  return errors;
}
