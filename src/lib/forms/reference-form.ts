/*
 * The forms for what the plan refers to: a resolution (symbol, title, note) and a document
 * (symbol, title). A document's symbol must be unique in the plan: its mentions in the text
 * become links to it.
 */
import type { DocumentRefPatch } from '../db/commands/document-commands.ts';
import type { ResolutionPatch } from '../db/commands/resolution-commands.ts';
import type { DocumentRef, Id, Resolution } from '../domain/types.ts';
import { validateDocumentRef, validateResolution, type DocumentRefDraft, type ResolutionDraft } from '../domain/validation.ts';
import { t } from '../i18n/index.ts';
import { fieldMessages } from './field-messages.ts';
import { editedText, optionalEditedText } from './text-values.ts';

export type ResolutionValues = { symbol: string; title: string; note: string };
export type DocumentValues = { symbol: string; title: string };

export function resolutionValues(resolution?: Resolution): ResolutionValues {
  return { symbol: resolution?.symbol ?? '', title: resolution?.title.text ?? '', note: resolution?.note?.text ?? '' };
}

export function resolutionDraft(values: ResolutionValues, lang: string, resolution?: Resolution): ResolutionDraft {
  const note = optionalEditedText(resolution?.note, values.note, lang);
  return { symbol: values.symbol.trim(), title: editedText(resolution?.title, values.title, lang), ...(note ? { note } : {}) };
}

export function resolutionPatch(values: ResolutionValues, lang: string, resolution: Resolution): ResolutionPatch {
  const draft = resolutionDraft(values, lang, resolution);
  return { ...draft, note: draft.note ?? null };
}

export function resolutionErrors(values: ResolutionValues, lang: string): Partial<Record<keyof ResolutionValues, string>> {
  return fieldMessages(validateResolution(resolutionDraft(values, lang)));
}

export function documentValues(doc?: DocumentRef): DocumentValues {
  return { symbol: doc?.symbol ?? '', title: doc?.title?.text ?? '' };
}

export function documentDraft(values: DocumentValues, lang: string, doc?: DocumentRef): DocumentRefDraft {
  const title = optionalEditedText(doc?.title, values.title, lang);
  return { symbol: values.symbol.trim(), ...(title ? { title } : {}) };
}

/** The edit as a patch: symbol and title only (where the document is cited is left as it is). */
export function documentPatch(values: DocumentValues, lang: string, doc: DocumentRef): DocumentRefPatch {
  const draft = documentDraft(values, lang, doc);
  return { symbol: draft.symbol, title: draft.title ?? null };
}

/** `others`: the plan's other documents, whose symbols this one may not take. */
export function documentErrors(
  values: DocumentValues,
  lang: string,
  others: readonly { id: Id; symbol: string }[],
): Partial<Record<keyof DocumentValues, string>> {
  const errors: Partial<Record<keyof DocumentValues, string>> = fieldMessages(validateDocumentRef(documentDraft(values, lang)));
  const symbol = values.symbol.trim();
  if (!errors.symbol && others.some((d) => d.symbol.trim() === symbol)) errors.symbol = t('document.symbolTaken');
  return errors;
}
