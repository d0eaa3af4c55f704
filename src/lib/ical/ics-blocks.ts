/*
 * A calendar read block by block, as scanIcs cut it (ics-scan.ts): the calendar's own lines
 * with its VTIMEZONEs become the root every event is read under (so ical.js builds each zone
 * once), and each VEVENT is parsed apart, so a line ical.js cannot read costs that event
 * only. A quoted TZID that took in the value (`TZID="America/New_York:20110915T100000"`, as
 * some exporters write it) is read as the TZID and value it meant. A VTIMEZONE whose rules
 * cannot be real is dropped before ical.js expands it (ics-zones.ts). Loads ical.js: the
 * .ics read worker only (ics-worker.ts).
 */
import ICAL from 'ical.js';
import type { IcsBlock } from './ics-scan.ts';
import { dropImpossibleZones } from './ics-zones.ts';
import { problem, quote, type FileProblem } from '../plan-files/problems.ts';

/** A calendar as scanIcs gave it: its unfolded text and its blocks. */
export type ScannedIcs = { text: string; blocks: readonly IcsBlock[] };

/** The root events are read under, and the TZIDs of the zones left out of it. */
export type CalendarZones = { root: ICAL.Component; impossible: ReadonlySet<string> };

/** Most lines of a broken event tried one by one to name the line that breaks it. */
const LINES_TRIED = 100;

/** A quoted TZID that took in the value: `DTSTART;TZID="America/New_York:20110915T100000"`. */
const SWALLOWED_VALUE = /^((?:DTSTART|DTEND)(?:;[^:;"\r\n]*)*);TZID="([^":\r\n]+):(\d{8}(?:T\d{6}Z?)?)"[ \t]*(?=\r?$)/gim;

/**
 * The calendar's own lines with its VTIMEZONEs; undefined when those lines cannot be read
 * (the file is then refused whole: it is not the calendar it says). A VTIMEZONE that cannot
 * be read is left out, as one whose rules cannot be real: an event in it is skipped, unless
 * its TZID names an IANA or Windows zone.
 */
export function readCalendar({ text, blocks }: ScannedIcs): CalendarZones | undefined {
  let own = '';
  let at = 0;
  for (const block of blocks) {
    own += text.slice(at, block.start);
    at = block.end;
  }
  own += text.slice(at);
  let root: unknown[];
  try {
    const jcal = ICAL.parse(own) as unknown[];
    root = (Array.isArray(jcal[0]) ? jcal[0] : jcal) as unknown[];
  } catch {
    return undefined;
  }
  if (String(root[0]).toLowerCase() !== 'vcalendar' || !Array.isArray(root[2])) return undefined;
  const unread = new Set<string>();
  for (const block of blocks.filter((b) => b.name === 'VTIMEZONE')) {
    const zoneText = text.slice(block.start, block.end);
    const zone = parseComponent(zoneText, 'vtimezone');
    if (zone) root[2].push(zone);
    else unread.add(/^TZID(?:;[^:\r\n]*)?:([^\r\n]*)/im.exec(zoneText)?.[1]?.trim() ?? '');
  }
  // Before ical.js builds a zone: one whose rules cannot be real would hold it for ever.
  const impossible = dropImpossibleZones(root);
  try {
    return { root: new ICAL.Component(root), impossible: new Set([...impossible, ...unread]) };
  } catch {
    return undefined;
  }
}

/** One VEVENT's text as a component under `zones.root` (with the text as read), or the problem that skips it. */
export function eventComponent(raw: string, index: number, line: number, zones: CalendarZones): { vevent: ICAL.Component; text: string } | FileProblem {
  const text = raw.replace(SWALLOWED_VALUE, '$1;TZID=$2:$3');
  const jcal = parseComponent(text, 'vevent');
  const about = { summary: quote(summaryOf(text)), line };
  if (!jcal) {
    const bad = unreadableLine(text);
    return bad
      ? problem(`events[${index}]`, 'file.ics.lineUnreadable', { ...about, value: quote(bad) })
      : problem(`events[${index}]`, 'file.ics.eventUnreadable', about);
  }
  try {
    return { vevent: new ICAL.Component(jcal, zones.root), text };
  } catch {
    return problem(`events[${index}]`, 'file.ics.eventUnreadable', about);
  }
}

/** The line of an event's text that gives `property` ("DTSTART;TZID=…:2011091X"), as written; undefined without one. */
export function writtenLine(text: string, property: 'DTSTART' | 'DTEND'): string | undefined {
  return new RegExp(`^${property}[;:][^\\r\\n]*`, 'im').exec(text)?.[0];
}

/** The jCal of one component's text, or undefined when ical.js cannot read it or it is another component. */
function parseComponent(text: string, name: string): unknown[] | undefined {
  try {
    const jcal = ICAL.parse(text) as unknown[];
    return String(jcal[0]).toLowerCase() === name && Array.isArray(jcal[2]) ? jcal : undefined;
  } catch {
    return undefined;
  }
}

/** The first line of a broken event that ical.js cannot read on its own; undefined if none is found. */
function unreadableLine(text: string): string | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !/^(BEGIN|END)[;:]/i.test(l));
  return lines.slice(0, LINES_TRIED).find((l) => !parseComponent(`BEGIN:VEVENT\r\n${l}\r\nEND:VEVENT`, 'vevent'));
}

/** The SUMMARY of an event ical.js could not read, unescaped as far as it is plain; '' without one. */
function summaryOf(text: string): string {
  const value = /^SUMMARY(?:;[^:\r\n]*)?:([^\r\n]*)/im.exec(text)?.[1] ?? '';
  return value.replace(/\\([,;\\nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c)).trim();
}
