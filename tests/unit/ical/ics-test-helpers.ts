/*
 * Helpers for the .ics tests: read a file the way a calendar app would (ical.js, an
 * independent parser, with the file's own VTIMEZONE blocks registered), look at its raw
 * lines, and run code as if the device were in another time zone (Node follows TZ at runtime).
 */
import ICAL from 'ical.js';

export function withDeviceZone<T>(timeZone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

export type ParsedIcs = { calendar: ICAL.Component; events: ICAL.Event[] };

/** Parses with ical.js and registers the file's VTIMEZONEs, as an importing client does. */
export function parseIcs(text: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

/** Lines as written in the file (folded), without their CRLF. */
export function physicalLines(text: string): string[] {
  return text.split('\r\n').slice(0, -1);
}

/** Lines after unfolding (RFC 5545 3.1): what each property really says, still escaped. */
export function contentLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

/** Raw (escaped) lines of property `name`, with their parameters, e.g. "DTSTART;VALUE=DATE:20110915". */
export function propertyLines(text: string, name: string): string[] {
  return contentLines(text).filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

/** The content lines inside each VEVENT (its VALARM included), in order. */
export function eventBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of contentLines(text)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      blocks.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return blocks;
}

/** Raw lines of property `name` inside the VEVENTs only (VTIMEZONE has DTSTART and LAST-MODIFIED too). */
export function eventPropertyLines(text: string, name: string): string[] {
  return eventBlocks(text)
    .flat()
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}
