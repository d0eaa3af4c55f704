/*
 * The caps on what a plan file (or an .ics file) may make the app read and store. A file can
 * come from anyone: these bound memory, time and storage whatever it holds.
 *
 * Sized from the largest plan the app is built for (scripts/bench.mjs: 2,000 meetings,
 * 20,000 agenda items, 500 mandates, about 10.5 MB as a file without history, about 20 MB with
 * the history of its import) with room to grow, and from what a mid-range phone can afford:
 *   - memory: a file is held as text (up to twice its size in UTF-16) and then as objects
 *     (about 3 to 5 times its size), so 50 MB stays near 300 MB at the peak, which a phone's
 *     browser tab survives; 5 MB refused the large plan outright;
 *   - time: every step is linear in the records (measured about 3 µs per record per step on
 *     a laptop, ten times that on a slow phone), so 100,000 records per list are a few
 *     seconds of checking, shown with a progress bar, never a frozen page;
 *   - storage: what a file can add is bounded by these too (50 plans × 8 lists × 100,000
 *     records is out of reach of 50 MB anyway: the byte cap is the one that binds).
 * An .ics file is read under the same byte and text caps, plus its own below. Its events become
 * meetings of a plan already on the device, so its caps are set so that a calendar they let
 * through is never refused later by the plan's own caps: the events counted against the room
 * left in the plan's meeting list (ics-scan.ts), the agenda items counted as they are made.
 * docs/plan-file-format.md lists these caps (scripts/doc-caps.mjs writes that part from here).
 */

/** Largest file read at all, checked before reading it (50 MB, about 5 times the large plan). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Plans in one file. */
export const MAX_PLANS = 50;
/** Records in any one list of a plan (meetings, sections, a section's paragraphs...): 5 times the large plan's 20,000 agenda items. */
export const MAX_LIST_LENGTH = 100_000;
/** History entries of one plan: an import of the large plan alone writes about 27,000. */
export const MAX_HISTORY_ENTRIES = 100_000;
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
/**
 * Events in one .ics file, counted in its text before anything is parsed: 10 times the large
 * plan's 2,000 meetings, and years of a busy personal calendar. Parsing 20,000 events takes
 * about 0.3 s on a laptop (3 s on a slow phone, in the read worker) and their objects stay far
 * below the memory a phone's tab survives. A plan that already holds meetings takes fewer:
 * at most the room left under MAX_LIST_LENGTH.
 */
export const MAX_ICS_EVENTS = 20_000;
/** Components nested in one another in an .ics file: VCALENDAR > VEVENT > VALARM is 3, VTIMEZONE > STANDARD 2; a deeper file is not a calendar. */
export const MAX_ICS_DEPTH = 6;
/*
 * A VTIMEZONE's STANDARD and DAYLIGHT rules are expanded by ical.js from their DTSTART up to
 * a few years past today, every rule of the zone at its first use: a rule repeating every
 * second since year 1 is billions of changes, and the page (or the worker) never answers.
 * Real zones change their clocks at most twice a year, so a zone whose rules cannot be real
 * is dropped before ical.js sees it (ics-zones.ts); an event in it is read in its TZID as an
 * IANA zone when it is one, and skipped otherwise.
 */
/** STANDARD/DAYLIGHT components (and RDATE lines) in one VTIMEZONE: a full-history export of the busiest IANA zone has a few hundred. */
export const MAX_ZONE_OBSERVANCES = 1_000;
/** Repeating (RRULE) observances in one VTIMEZONE: a real one has two, a full-history one one per era of its rules. */
export const MAX_ZONE_RULES = 20;
/** COUNT of a zone rule: a yearly rule counts years, so 10,000 is more than any calendar date can hold. */
export const MAX_ZONE_RULE_COUNT = 10_000;
/** INTERVAL of a zone rule: real ones are 1 (every year); one of centuries describes no zone (ical.js itself reads 0 as 1). */
export const MAX_ZONE_RULE_INTERVAL = 100;
/** Values in one BYMONTHDAY of a zone rule: the old "second Sunday" form lists the 7 days 8 to 14; BYMONTH and BYDAY name one month and one day. */
export const MAX_ZONE_RULE_DAYS = 7;
/** VTIMEZONEs in one .ics file: each used one is expanded once; a calendar has a handful. */
export const MAX_ICS_ZONES = 50;
