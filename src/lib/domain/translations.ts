/*
 * Translations of the plan's texts. Every text people read is a LocalizedText wherever it
 * sits in a record (a heading, a paragraph of a section, a responsible body of a mandate), so
 * the texts of a record are found by walking it, each named by its path ("heading",
 * "paragraphs.2.text"), and a translation is added or removed at that path. Pure.
 */
import type { LanguageTag, LocalizedText } from './types.ts';

export type TextAt = { path: string; text: LocalizedText };

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).lang === 'string' && typeof (value as LocalizedText).text === 'string';
}

/** Every text of `record` that has words, in the order of its fields. */
export function textsOf(record: object, prefix = ''): TextAt[] {
  return Object.entries(record as Record<string, unknown>).flatMap(([key, value]): TextAt[] => {
    const path = prefix + key;
    if (isLocalizedText(value)) return value.text.trim() ? [{ path, text: value }] : [];
    return typeof value === 'object' && value !== null ? textsOf(value, `${path}.`) : [];
  });
}

/** The text at `path`, or undefined when there is none. */
export function textAt(record: object, path: string): LocalizedText | undefined {
  return textsOf(record).find((found) => found.path === path)?.text;
}

/**
 * A copy of `record` whose text at `path` has `translation` in `lang`, or none in `lang` when
 * `translation` is blank. Undefined when there is no text at `path` or it is written in `lang`.
 */
export function withTranslation<T extends object>(record: T, path: string, lang: LanguageTag, translation: string): T | undefined {
  const before = textAt(record, path);
  if (!before || before.lang === lang) return undefined;
  const { [lang]: _old, ...others } = before.translations ?? {};
  const translations = translation.trim() ? { ...others, [lang]: translation.trim() } : others;
  const { translations: _all, ...plain } = before;
  const after: LocalizedText = Object.keys(translations).length ? { ...plain, translations } : plain;
  return replaceAt(record, path.split('.'), after) as T;
}

function replaceAt(value: unknown, keys: string[], replacement: LocalizedText): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return replacement;
  const child = (value as Record<string, unknown>)[key];
  if (Array.isArray(value)) return value.map((item: unknown, i) => (String(i) === key ? replaceAt(item, rest, replacement) : item));
  return { ...(value as object), [key]: replaceAt(child, rest, replacement) };
}
