/*
 * Interface strings and locale-aware formatting in French, English, Spanish or Portuguese.
 * French is built into the first screen; another language's tables are loaded with a dynamic
 * import (see language.ts) before the app is mounted, so `t` and `locale` are right from the
 * first paint. `locale` is a live binding: importers always read the active language.
 */
import { fill } from './fill.ts';
import { fr, type MessageKey } from './fr.ts';

export type { MessageKey };
export type Language = 'fr' | 'en' | 'es' | 'pt';
export const LANGUAGES: readonly Language[] = ['fr', 'en', 'es', 'pt'];

/** The interface language (a BCP 47 primary subtag, used for Intl and `lang` attributes). */
export let locale: Language = 'fr';
/** The language the plan's texts are shown in: the interface's, or '' when the user chose originals only. */
export let textLanguage: Language | '' = 'fr';
let messages: Record<MessageKey, string> = fr;
/** Strings of the lazily loaded screens in the active language; undefined for French (fr-more.ts). */
let moreMessages: Record<string, string> | undefined;

// Numbers in strings (counts, sizes) as the language writes them; 'min2' leaves years and
// other four-digit numbers ungrouped ("2011", but "12 345" / "12,345").
const numberFormat = (lang: Language) => new Intl.NumberFormat(lang, { useGrouping: 'min2' });
let numbers = numberFormat(locale);

/** `pattern` filled from `params`, numbers formatted for the interface language. */
export function fillLocal(pattern: string, params: Record<string, string | number>): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) shown[name] = typeof value === 'number' ? numbers.format(value) : value;
  return fill(pattern, shown);
}

/** Makes `lang` the interface language with its tables (called by loadLanguage); translations shown unless `originalsOnly`. */
export function useLanguage(lang: Language, core: Record<MessageKey, string>, more?: Record<string, string>, originalsOnly = false): void {
  locale = lang;
  textLanguage = originalsOnly ? '' : lang;
  messages = core;
  moreMessages = more;
  numbers = numberFormat(lang);
}

/** The lazily loaded screens' strings in the active language, when it is not French. */
export const activeMore = (): Record<string, string> | undefined => moreMessages;

/** The interface string for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillLocal(messages[key], params);
}
