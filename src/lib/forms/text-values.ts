/*
 * Turning what a form holds (plain strings) back into the plan's texts: a text the user did
 * not change keeps its language and translations; a changed one is in the language it was
 * written in (stale translations dropped); a list typed one item per line drops blank lines.
 */
import type { LocalizedText } from '../domain/types.ts';
import { t } from '../i18n/index.ts';

/** `before` when the text is unchanged, else the trimmed text in `before`'s language (or `lang`). */
export function editedText(before: LocalizedText | undefined, value: string, lang: string): LocalizedText {
  const text = value.trim();
  return before && before.text === text ? before : { lang: before?.lang ?? lang, text };
}

/** The text, or undefined when the field was left blank. */
export function optionalEditedText(before: LocalizedText | undefined, value: string, lang: string): LocalizedText | undefined {
  return value.trim() ? editedText(before, value, lang) : undefined;
}

/** The non-blank lines of `value`, trimmed, with their line number (from 1) in the field. */
function typedLines(value: string): { text: string; line: number }[] {
  return value.split(/\r?\n/).flatMap((raw, i) => (raw.trim() ? [{ text: raw.trim(), line: i + 1 }] : []));
}

/** One text per non-blank line, reusing a text of `before` with the same wording. */
export function textsFromLines(value: string, before: readonly LocalizedText[], lang: string): LocalizedText[] {
  return typedLines(value).map(({ text }) => before.find((b) => b.text === text) ?? { lang, text });
}

export function linesOf(texts: readonly LocalizedText[] | undefined): string {
  return (texts ?? []).map((x) => x.text).join('\n');
}

/**
 * The first error among list messages keyed `<prefix>.<i>` (i counting non-blank lines), as
 * one message naming the line of the field it is on.
 */
export function lineError(messages: Record<string, string>, prefix: string, value: string): string | undefined {
  const lines = typedLines(value);
  for (const [i, line] of lines.entries()) {
    const message = messages[`${prefix}.${i}`];
    if (message) return t('planEdit.lineError', { n: line.line, message });
  }
  return undefined;
}
