/*
 * Which language the interface speaks: the remembered choice (localStorage `quorum:lang`) if
 * any, else the first of the device's languages (navigator.languages) that the app knows by
 * its primary subtag, else French. Read synchronously so the first paint is already right.
 * With it, whether the user chose to see the plan's texts as written only (`quorum:originals`,
 * no translations). The switches themselves are in language-switch.ts, out of the first screen.
 */
import { FIRST_SCREEN, LANGUAGES, loadMessages, setLanguage, type Language } from './index.ts';

export const LANGUAGE_KEY = 'quorum:lang';
export const ORIGINALS_KEY = 'quorum:originals';
let originalsOnly = false;

const known = (tag: string | null | undefined): Language | undefined => LANGUAGES.find((lang) => lang === tag?.trim().toLowerCase().split(/[-_]/)[0]);

/** The language to use from a remembered choice and the device's ordered language list. */
export function detectLanguage(languages: readonly string[], remembered: string | null = null): Language {
  return known(remembered) ?? languages.map(known).find(Boolean) ?? 'fr';
}

/** The language for this device now. */
export function initialLanguage(): Language {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(LANGUAGE_KEY);
    originalsOnly = localStorage.getItem(ORIGINALS_KEY) === '1';
  } catch {
    // Storage refused (private mode): follow the device.
  }
  return detectLanguage(navigator.languages ?? [navigator.language], remembered);
}

/** Makes `lang` the interface language, with the first screen's strings in it (and nothing of another language). */
export async function loadLanguage(lang: Language): Promise<void> {
  await setLanguage(lang, originalsOnly);
  await loadMessages(FIRST_SCREEN);
  document.documentElement.lang = lang;
}
