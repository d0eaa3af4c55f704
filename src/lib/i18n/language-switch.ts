/*
 * Changing the interface language (and whether translations of the plan's texts are shown). The choice is stored and the page reloads in it: drafts
 * live in localStorage and data in IndexedDB, so nothing is lost, and every string and Intl
 * formatter starts afresh in the new language (simpler and sturdier than re-rendering live).
 */
import type { Language } from './index.ts';
import { LANGUAGE_KEY, ORIGINALS_KEY } from './language.ts';

/** Each language's name in that language, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English', es: 'Español', pt: 'Português' };

/** Remembers `lang` and reloads the page in it. */
export function chooseLanguage(lang: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    return; // storage refused (private mode): the choice could not survive the reload
  }
  location.reload();
}

/** Remembers whether to show the plan's texts as written only (no translations), and reloads. */
export function chooseOriginalsOnly(on: boolean): void {
  try {
    if (on) localStorage.setItem(ORIGINALS_KEY, '1');
    else localStorage.removeItem(ORIGINALS_KEY);
  } catch {
    return; // storage refused: the choice could not survive the reload
  }
  location.reload();
}
