/*
 * Where a zone's clocks change: a wall clock that never shows (skipped when clocks go
 * forward) or shows twice (when they go back). Readers of a calendar file disagree by an
 * hour on both, so the app refuses the first and asks which one for the second. Read with
 * the runtime's time-zone database (Intl), as zoned-time.ts does.
 */
import type { IsoDate, TimeZoneId } from './types.ts';
import { offsetMinutesAt, wallClockAsUtc, type WallClock } from './zoned-time.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * How `wall` reads in a zone: once (with its offset), never (a gap: clocks go from `from` to
 * `to`, offsets `before` then `after`), or twice (clocks go back from `from` to `to`; the
 * first time has offset `first`, the second `second`). Offsets in minutes east of UTC.
 */
export type ClockReading =
  | { kind: 'once'; offset: number }
  | { kind: 'gap'; before: number; after: number; from: WallClock; to: WallClock }
  | { kind: 'twice'; first: number; second: number; from: WallClock; to: WallClock };

export function readWallClock(wall: WallClock, timeZone: TimeZoneId): ClockReading {
  const local = wallClockAsUtc(wall);
  // Offsets read at UTC midnights a day or more either side: every time of one day shares
  // them (and the cache of offsetMinutesAt), which halves the cost of checking a meeting.
  const from = Math.floor(local / DAY) * DAY - DAY;
  const to = from + 3 * DAY;
  const before = offsetMinutesAt(from, timeZone);
  const after = offsetMinutesAt(to, timeZone);
  // Nearly always: no change in those three days (no zone changes twice in so few).
  if (before === after) return { kind: 'once', offset: before };
  const valid = [before, after].filter((offset) => offsetMinutesAt(local - offset * MINUTE, timeZone) === offset);
  if (valid.length === 1) return { kind: 'once', offset: valid[0]! };
  const change = changeInstant(from, to, timeZone);
  const bounds = { from: wallAt(change, before), to: wallAt(change, after) };
  return valid.length ? { kind: 'twice', first: before, second: after, ...bounds } : { kind: 'gap', before, after, ...bounds };
}

/** What a clock with `offset` shows at `instant`. */
function wallAt(instant: number, offset: number): WallClock {
  return new Date(instant + offset * MINUTE).toISOString().slice(0, 19);
}

/** The first minute (ms) after `from` with the offset `to` has, when the two differ (bisection). */
function changeInstant(from: number, to: number, timeZone: TimeZoneId): number {
  const target = offsetMinutesAt(to, timeZone);
  let lo = Math.floor(from / MINUTE);
  let hi = Math.ceil(to / MINUTE);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMinutesAt(mid * MINUTE, timeZone) === target) hi = mid;
    else lo = mid;
  }
  return hi * MINUTE;
}

/** What a clock in `timeZone` shows at `instant` (ms), with the offset when that wall clock shows twice. */
export function instantToWallClock(instant: number, timeZone: TimeZoneId): { wall: WallClock; offset?: number } {
  const offset = offsetMinutesAt(instant, timeZone);
  const wall = wallAt(instant, offset);
  return readWallClock(wall, timeZone).kind === 'twice' ? { wall, offset } : { wall };
}

// Offsets compared a week apart find every change (no zone changes twice within a week); a
// meeting of absurd length is sampled more coarsely so that checking it stays cheap.
const WEEK = 7 * DAY;
const MAX_STEPS = 1_000;

/** The days from `first` to `last` (inclusive, "YYYY-MM-DD") on which the clocks of `timeZone` change. */
export function clockChangeDays(first: IsoDate, last: IsoDate, timeZone: TimeZoneId): IsoDate[] {
  const start = Date.parse(`${first}T00:00:00Z`) - DAY;
  const end = Date.parse(`${last}T00:00:00Z`) + 2 * DAY;
  const step = Math.max(WEEK, Math.ceil((end - start) / MAX_STEPS / DAY) * DAY);
  const days = new Set<IsoDate>();
  for (let a = start; a < end; a += step) {
    const b = Math.min(a + step, end);
    const [before, after] = [offsetMinutesAt(a, timeZone), offsetMinutesAt(b, timeZone)];
    if (before === after) continue;
    const change = changeInstant(a, b, timeZone);
    for (const offset of [before, after]) days.add(wallAt(change, offset).slice(0, 10));
  }
  return [...days].filter((day) => day >= first && day <= last).sort();
}
