/*
 * The calendar export, as one module the interface loads only when first used
 * (`await import('./lib/ical')`): ical-generator and the time-zone blocks stay out of the
 * first load, and so do the words of the file in the four languages. Types imported with
 * `import type` cost nothing at load time.
 */
import './random-uuid.ts';

export { buildCalendar, buildCalendarInSlices, type BuildCalendarOptions, type ReminderChoice } from './build-calendar.ts';
export { icalWordsFor } from '../i18n/ics-words.ts';
export { handOffIcs, icsBlob, icsFileName, type HandOffResult } from './ics-hand-off.ts';
