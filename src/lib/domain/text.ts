/*
 * Reading LocalizedText: the text in the wanted language when a translation exists, else
 * the original, together with the language it is actually in (for the `lang` attribute).
 */
import type { LanguageTag, LocalizedText } from './types.ts';

export type ShownText = { text: string; lang: LanguageTag };

/** `value` in `wanted`, or as written; '' wants the original always. */
export function textIn(value: LocalizedText, wanted: LanguageTag): ShownText {
  if (value.lang === wanted) return { text: value.text, lang: value.lang };
  const translated = value.translations?.[wanted];
  return translated ? { text: translated, lang: wanted } : { text: value.text, lang: value.lang };
}
