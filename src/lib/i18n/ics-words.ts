/*
 * The words of an exported .ics file in each interface language. Imported only by the
 * iCalendar module (src/lib/ical), so the four small tables load with that chunk, on the
 * first export, and never with the first screen.
 */
import { icalEn } from './en-ical.ts';
import { icalEs } from './es-ical.ts';
import { icalFr, type IcalWords } from './fr-ical.ts';
import type { Language } from './index.ts';
import { icalPt } from './pt-ical.ts';

export const ICAL_WORDS: Record<Language, IcalWords> = { fr: icalFr, en: icalEn, es: icalEs, pt: icalPt };

/** The words for an .ics file made while the interface speaks `language`. */
export function icalWordsFor(language: Language): IcalWords {
  return ICAL_WORDS[language];
}
