/*
 * The section form (number, heading, signature lines) and the paragraph form (its text), as
 * plain strings, with their checks and the drafts and patches the commands take.
 */
import type { NewSection, SectionPatch } from '../db/commands/section-commands.ts';
import type { Id, Paragraph, Section } from '../domain/types.ts';
import { validateParagraph, validateSection } from '../domain/validation.ts';
import { fieldMessages } from './field-messages.ts';
import { editedText, lineError, linesOf, textsFromLines } from './text-values.ts';

export type SectionValues = { number: string; heading: string; signature: string };
export type ParagraphValues = { text: string };

export function sectionValues(section?: Section): SectionValues {
  return { number: section?.number ?? '', heading: section?.heading.text ?? '', signature: linesOf(section?.signature) };
}

export function newSection(values: SectionValues, lang: string, parentId: Id | null): NewSection {
  return { heading: editedText(undefined, values.heading, lang), number: values.number.trim() || undefined, parentId };
}

export function sectionPatch(values: SectionValues, section: Section): SectionPatch {
  const lang = section.heading.lang;
  const signature = textsFromLines(values.signature, section.signature ?? [], lang);
  return {
    heading: editedText(section.heading, values.heading, lang),
    number: values.number.trim() || null,
    signature: signature.length ? signature : null,
  };
}

export function sectionErrors(values: SectionValues, lang: string): Partial<Record<keyof SectionValues, string>> {
  const signature = textsFromLines(values.signature, [], lang);
  const messages = fieldMessages(validateSection({ heading: { lang, text: values.heading }, number: values.number, signature }));
  const errors: Partial<Record<keyof SectionValues, string>> = {};
  if (messages.heading) errors.heading = messages.heading;
  if (messages.number) errors.number = messages.number;
  const line = lineError(messages, 'signature', values.signature);
  if (line) errors.signature = line;
  return errors;
}

export function paragraphValues(paragraph?: Paragraph): ParagraphValues {
  return { text: paragraph?.text.text ?? '' };
}

export function paragraphErrors(values: ParagraphValues, lang: string): Partial<Record<keyof ParagraphValues, string>> {
  const { text } = fieldMessages(validateParagraph({ text: { lang, text: values.text } }));
  return text ? { text } : {};
}
