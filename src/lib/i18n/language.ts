/*
 * Which language the interface speaks: the remembered choice (localStorage `quorum:lang`) if
 * any, else the first of the device's languages (navigator.languages) that the app knows by
 * its primary subtag, else French. Read synchronously so the first paint is already right.
 * With it, whether the user chose to see the plan's texts as written only (`quorum:originals`,
 * no translations). The switches themselves are in language-switch.ts, out of the first screen.
 */
import { fr } from './fr.ts';
import { LANGUAGES, useLanguage, type Language } from './index.ts';

export const LANGUAGE_KEY = 'quorum:lang';
export const ORIGINALS_KEY = 'quorum:originals';
let originalsOnly = false;

const known = (tag: string | null | undefined): Language | undefined =>
  LANGUAGES.find((lang) => lang === tag?.trim().toLowerCase().split(/[-_]/)[0]);

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

// French is in the first screen; each other language is one chunk (its two tables), which
// the service worker precaches like every build chunk.
const tables = {
  en: () => import('./tables-en.ts'),
  es: () => import('./tables-es.ts'),
  pt: () => import('./tables-pt.ts'),
};

/** Loads a language's tables and makes it the interface language. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'fr') useLanguage(lang, fr, undefined, originalsOnly);
  else {
    const { core, more } = await tables[lang]();
    useLanguage(lang, core, more, originalsOnly);
  }
  document.documentElement.lang = lang;
}
