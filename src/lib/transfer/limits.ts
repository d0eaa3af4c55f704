/*
 * The caps on what a plan file (or an .ics file) may make the app read and store. A file can
 * come from anyone: these bound memory, time and storage whatever it holds.
 */

/** Largest file read at all, checked before reading it (5 MB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Plans in one file. */
export const MAX_PLANS = 50;
/** Records in any one list of a plan (meetings, sections, a section's paragraphs...). */
export const MAX_LIST_LENGTH = 5_000;
/** History entries of one plan. */
export const MAX_HISTORY_ENTRIES = 20_000;
/** Characters in any one text. */
export const MAX_STRING_LENGTH = 20_000;
/** Characters in an id. */
export const MAX_ID_LENGTH = 200;
/** Translations of one text. */
export const MAX_TRANSLATIONS = 50;
/** Objects and arrays nested in one another; the deepest the format needs is 10. */
export const MAX_DEPTH = 16;
/** Problems listed for one file; the rest are counted. */
export const MAX_PROBLEMS = 20;
