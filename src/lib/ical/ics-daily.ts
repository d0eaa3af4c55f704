/*
 * The one kind of repeating event the .ics import reads: the app's own meeting over several
 * days, which the export writes as one event repeated daily, `RRULE:FREQ=DAILY;COUNT=n`
 * (src/lib/ical/daily-sessions.ts), read back as that meeting: first day to day n, same
 * times. Any other rule, an EXDATE, RDATE or RECURRENCE-ID, and a session that runs past
 * midnight, are still skipped as repeating events (ics-events.ts).
 */
import ICAL from 'ical.js';
import type { EventTiming } from './meeting-event.ts';

/** n for a plain daily rule of n days (n > 1) and nothing else that repeats; else undefined. */
export function dailyCount(vevent: ICAL.Component): number | undefined {
  if (['rdate', 'exdate', 'recurrence-id', 'exrule'].some((p) => vevent.hasProperty(p))) return undefined;
  const rules = vevent.getAllProperties('rrule');
  const rule = rules.length === 1 ? rules[0]?.getFirstValue() : undefined;
  if (!(rule instanceof ICAL.Recur)) return undefined;
  const plain = rule.freq === 'DAILY' && (rule.interval ?? 1) === 1 && !rule.until && Object.keys(rule.parts).length === 0;
  return plain && Number.isInteger(rule.count) && (rule.count ?? 0) > 1 ? (rule.count ?? undefined) : undefined;
}

/** The timing of a meeting held `days` days in a row, or undefined when the event cannot be one. */
export function dailyTiming(timing: EventTiming, days: number): EventTiming | undefined {
  if (timing.allDay || (timing.end !== undefined && timing.end.slice(0, 10) !== timing.start.slice(0, 10))) return undefined;
  return { ...timing, days };
}
