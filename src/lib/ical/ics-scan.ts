/*
 * The first look at an .ics text, before ical.js parses anything: a calendar at all, not
 * nested too deep, and no more events than the plan can take. One pass of a regular
 * expression over the BEGIN and END lines, which stops at the first event over the cap: a
 * 100,000-event calendar is refused in milliseconds, without an object per event or per line.
 * Folded lines are unfolded first (as ical.js does), so a fold cannot hide a BEGIN line.
 * The same pass cuts the calendar into its blocks (each VTIMEZONE, each VEVENT...) with the
 * line of the file where each begins: ics-events.ts parses them one by one, so a line that
 * cannot be read costs its event only, and a skipped event is named by its line.
 */
import { MAX_ICS_DEPTH, MAX_ICS_EVENTS, MAX_LIST_LENGTH } from '../plan-files/limits.ts';
import { problem, type FileProblem } from '../plan-files/problems.ts';

/** A component of the calendar itself: where it lies in the unfolded text, and the line of the file where it begins. */
export type IcsBlock = { name: string; start: number; end: number; line: number };

export type IcsScan = { ok: true; text: string; events: number; blocks: IcsBlock[] } | { ok: false; problem: FileProblem };

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
  const { text, folds } = unfolded(raw.startsWith('\uFEFF') ? raw.slice(1) : raw);
  if (!/^\s*BEGIN:VCALENDAR\r?(?:\n|$)/i.test(text)) return { ok: false, problem: problem('', 'file.ics.notCalendar') };
  // "BEGIN;X=1:VEVENT" is a BEGIN too for ical.js: parameters are allowed before the value.
  const lines = /^(BEGIN|END)[;:]([^\r\n]*)/gim;
  const lineOf = lineCounter(text, folds);
  const blocks: IcsBlock[] = [];
  let open: IcsBlock | undefined;
  let depth = 0;
  let events = 0;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    if (line[1]!.toUpperCase() === 'END') {
      if (--depth === 1 && open) {
        open.end = lines.lastIndex;
        open = undefined;
      }
      continue;
    }
    if (++depth > MAX_ICS_DEPTH) return { ok: false, problem: problem('', 'file.ics.tooDeep', { max: MAX_ICS_DEPTH }) };
    const name = line[2]!
      .slice(line[2]!.lastIndexOf(':') + 1)
      .trim()
      .toUpperCase();
    if (name === 'VEVENT' && ++events > cap.max) return { ok: false, problem: tooManyEvents(cap) };
    if (depth === 2) blocks.push((open = { name, start: line.index, end: text.length, line: lineOf(line.index) }));
  }
  return { ok: true, text, events, blocks };
}

/** `text` with its folded lines joined, and where each fold was taken out (offsets in the joined text, rising). */
function unfolded(text: string): { text: string; folds: number[] } {
  const folds: number[] = [];
  let removed = 0;
  const joined = text.replace(/\r?\n[ \t]/g, (fold: string, at: number) => {
    folds.push(at - removed);
    removed += fold.length;
    return '';
  });
  return { text: joined, folds };
}

/** The file's line number (from 1) of an offset of the unfolded text, for offsets asked in rising order. */
function lineCounter(text: string, folds: readonly number[]): (offset: number) => number {
  let at = 0;
  let newlines = 0;
  let foldsBefore = 0;
  return (offset) => {
    for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) {
      newlines++;
      at = next + 1;
    }
    while (foldsBefore < folds.length && folds[foldsBefore]! < offset) foldsBefore++;
    return 1 + newlines + foldsBefore;
  };
}
