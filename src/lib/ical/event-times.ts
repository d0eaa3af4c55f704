/*
 * How an event's dates are handed to ical-generator so that the file says the right instant
 * whatever zone the exporting device is in. Timed meetings are written as wall clock + TZID
 * with the zone's VTIMEZONE (calendars then show the meeting's own zone), unless that could be
 * wrong, in which case they are written in UTC ("...Z"), which is always right:
 *  - the zone is UTC itself, or timezones-ical-library has no block for it;
 *  - the block's (current) rules disagree with the runtime's database at that instant;
 *  - the device cannot read the wall clock: ical-generator parses it with the device's clock,
 *    so a time skipped by the device's own DST change would come out an hour off;
 *  - the meeting's own clocks skip that wall clock or show it twice: readers disagree by an
 *    hour on both, so the instant meant (with the UTC offset chosen for it) is written.
 * All-day dates are written from "YYYY-MM-DD" strings, which JS reads as UTC, with no zone.
 */
import type { IsoDate } from '../domain/types.ts';
import type { EventTiming } from './meeting-event.ts';
import { vtimezoneFor, vtimezoneOffsetAt, type Vtimezone } from './vtimezone.ts';
import { readWallClock } from '../domain/clock-changes.ts';
import { offsetMinutesAt, wallClockToInstant, type WallClock } from '../domain/zoned-time.ts';

export type IcalTimes =
  | { allDay: true; start: IsoDate; end: IsoDate; timezone: null }
  | { allDay: false; start: WallClock; end?: WallClock; timezone: string; vtimezone: Vtimezone }
  | { allDay: false; start: Date; end?: Date; timezone: null };

const UTC_ZONE = /^(Etc\/)?(UTC|UCT|GMT|GMT[+-]?0|Greenwich|Universal|Zulu)$/;

export function icalTimes(timing: EventTiming): IcalTimes {
  if (timing.allDay) return { allDay: true, start: timing.start, end: timing.endExclusive, timezone: null };
  const { timeZone, start, end } = timing;
  const walls = end === undefined ? [start] : [start, end];
  const offsets = [timing.startOffset, timing.endOffset];
  const instants = walls.map((wall, i) => wallClockToInstant(wall, timeZone, offsets[i]));
  const vtimezone = UTC_ZONE.test(timeZone) ? undefined : vtimezoneFor(timeZone);
  const trusted =
    vtimezone !== undefined &&
    walls.every((wall, i) => {
      const instant = instants[i] ?? NaN;
      return (
        vtimezoneOffsetAt(vtimezone.block, instant) === offsetMinutesAt(instant, timeZone) && deviceReads(wall) && readWallClock(wall, timeZone).kind === 'once'
      );
    });
  if (trusted) return { allDay: false, start, end, timezone: vtimezone.tzid, vtimezone };
  const [startInstant = NaN, endInstant] = instants;
  return { allDay: false, start: new Date(startInstant), end: endInstant === undefined ? undefined : new Date(endInstant), timezone: null };
}

/** True when `new Date(wall)` on this device shows the same wall clock again (not in a DST gap). */
function deviceReads(wall: WallClock): boolean {
  const d = new Date(wall);
  const pad = (n: number) => String(n).padStart(2, '0');
  const shown =
    `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return shown === wall;
}
