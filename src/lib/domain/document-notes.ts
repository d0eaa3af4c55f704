/*
 * The notes the plan keeps about a document: a resolution's note (e.g. "the source cites this
 * resolution under two numbers") belongs with the document of that resolution's symbol and
 * with every document the note itself names, so the documents screen shows it on both
 * entries of a resolution cited under two symbols. Pure.
 */
import type { DocumentRef, LocalizedText, Resolution } from './types.ts';

export function notesOnDocument(doc: DocumentRef, resolutions: readonly Resolution[]): LocalizedText[] {
  return resolutions.flatMap((r) => (r.note && (r.symbol === doc.symbol || r.note.text.includes(doc.symbol)) ? [r.note] : []));
}
