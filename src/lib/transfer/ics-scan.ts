/*
 * The first look at an .ics text, before ical.js parses anything: a calendar at all, not
 * nested too deep, and no more events than the plan can take. One pass of a regular
 * expression over the BEGIN and END lines, which stops at the first event over the cap: a
 * 100,000-event calendar is refused in milliseconds, without an object per event or per line.
 * Folded lines are unfolded first (as ical.js does), so a fold cannot hide a BEGIN line.
 */
import { MAX_ICS_DEPTH, MAX_ICS_EVENTS, MAX_LIST_LENGTH } from './limits.ts';
import { problem, type FileProblem } from './problems.ts';

export type IcsScan = { ok: true; text: string; events: number } | { ok: false; problem: FileProblem };

/** Most events a calendar may bring into a plan holding `meetings` meetings: each can add one. */
export type EventCap = { max: number; meetings: number };

export function eventCap(meetings: number): EventCap {
  return { max: Math.max(0, Math.min(MAX_ICS_EVENTS, MAX_LIST_LENGTH - meetings)), meetings };
}

/** The refusal of a calendar with more than `cap.max` events, naming the cap that binds. */
export function tooManyEvents(cap: EventCap): FileProblem {
  if (cap.max === MAX_ICS_EVENTS) return problem('', 'file.ics.tooMany', { max: MAX_ICS_EVENTS });
  return problem('', 'file.ics.tooManyForPlan', { max: cap.max, meetings: cap.meetings, limit: MAX_LIST_LENGTH });
}

/** Checks `raw` as a calendar of at most `cap.max` events; its text is returned unfolded, without a byte-order mark. */
export function scanIcs(raw: string, cap: EventCap): IcsScan {
  const text = (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r?\n[ \t]/g, '');
  if (!/^\s*BEGIN:VCALENDAR\r?(?:\n|$)/i.test(text)) return { ok: false, problem: problem('', 'file.ics.notCalendar') };
  // "BEGIN;X=1:VEVENT" is a BEGIN too for ical.js: parameters are allowed before the value.
  const lines = /^(BEGIN|END)[;:]([^\r\n]*)/gim;
  let depth = 0;
  let events = 0;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    if (line[1]!.toUpperCase() === 'END') {
      depth--;
      continue;
    }
    if (++depth > MAX_ICS_DEPTH) return { ok: false, problem: problem('', 'file.ics.tooDeep', { max: MAX_ICS_DEPTH }) };
    if (/(?:^|:)VEVENT\s*$/i.test(line[2]!) && ++events > cap.max) return { ok: false, problem: tooManyEvents(cap) };
  }
  return { ok: true, text, events };
}
