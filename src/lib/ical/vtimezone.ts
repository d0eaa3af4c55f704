/*
 * VTIMEZONE blocks from timezones-ical-library, and what they say. The library writes each
 * zone's *current* rules (from 1970, as yearly RRULEs); a zone that changed its rules since
 * (São Paulo dropped summer time in 2019) would put an older meeting an hour off in a client
 * that follows the block. `vtimezoneOffsetAt` reads the block's rules so the writer can
 * compare them with the runtime's time-zone database before trusting the block.
 */
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { TimeZoneId } from '../domain/types.ts';

export type Vtimezone = { tzid: string; block: string };

let known: Set<string> | undefined;
// The library rebuilds its whole zone table on every call (~0.2 ms): an export of 2,000
// meetings asks again for the same few zones, so each answer is kept. Blocks never change
// while the app runs (they come from the bundled library), so the cache needs no invalidation.
const blocks = new Map<TimeZoneId, Vtimezone | undefined>();

/**
 * The zone's VTIMEZONE, named after the zone asked for. For an alias the library gives its
 * canonical zone's block (Port of Spain -> Puerto Rico): same rules, but calendars would show
 * the other city's name, so the block's TZID is renamed.
 */
export function vtimezoneFor(timeZone: TimeZoneId): Vtimezone | undefined {
  if (!blocks.has(timeZone)) blocks.set(timeZone, readVtimezone(timeZone));
  return blocks.get(timeZone);
}

function readVtimezone(timeZone: TimeZoneId): Vtimezone | undefined {
  // Checked first: the library logs to the console for a name it does not know.
  known ??= new Set([tzlib_get_timezones(false)].flat());
  if (!known.has(timeZone)) return undefined;
  const result = tzlib_get_ical_block(timeZone, false);
  if (!Array.isArray(result)) return undefined;
  const [block, tzidParam] = result;
  if (!block || !tzidParam?.startsWith('TZID=')) return undefined;
  return { tzid: timeZone, block: block.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${timeZone}`) };
}

type Rule = { month: number; week: number; weekday: number };
type Observance = { from: number; to: number; start: number; rule?: Rule };

const MINUTE = 60_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const RRULE = /^FREQ=YEARLY;BYMONTH=(\d{1,2});BYDAY=(-?[1-5])(SU|MO|TU|WE|TH|FR|SA)$/;
const LOCAL_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/;

function minutes(offset: string | undefined): number {
  const m = /^([+-])(\d{2})(\d{2})$/.exec(offset ?? '');
  if (!m) return NaN;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function localTime(value: string | undefined): number {
  const m = LOCAL_TIME.exec(value ?? '');
  if (!m) return NaN;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

function observance(props: Map<string, string>): Observance | undefined {
  const obs: Observance = {
    from: minutes(props.get('TZOFFSETFROM')),
    to: minutes(props.get('TZOFFSETTO')),
    start: localTime(props.get('DTSTART')),
  };
  if ([obs.from, obs.to, obs.start].some(Number.isNaN) || props.has('RDATE')) return undefined;
  const rrule = props.get('RRULE');
  if (rrule === undefined) return obs;
  const m = RRULE.exec(rrule);
  if (!m) return undefined;
  return { ...obs, rule: { month: Number(m[1]), week: Number(m[2]), weekday: WEEKDAYS.indexOf(m[3] ?? '') } };
}

// Parsed once per block (the same few strings, from `vtimezoneFor`'s cache, come back for
// every meeting of an export); keyed by the text itself, so a cached answer is always right.
const parsed = new Map<string, Observance[] | undefined>();

function observancesOf(block: string): Observance[] | undefined {
  if (!parsed.has(block)) parsed.set(block, observances(block));
  return parsed.get(block);
}

/** The block's STANDARD/DAYLIGHT parts, or undefined if it uses a form this reader does not know. */
function observances(block: string): Observance[] | undefined {
  const result: Observance[] = [];
  let props: Map<string, string> | undefined;
  for (const line of block.split(/\r?\n/)) {
    if (/^BEGIN:(STANDARD|DAYLIGHT)$/.test(line)) props = new Map();
    else if (/^END:(STANDARD|DAYLIGHT)$/.test(line) && props) {
      const obs = observance(props);
      if (!obs) return undefined;
      result.push(obs);
      props = undefined;
    } else if (props) {
      const colon = line.indexOf(':');
      props.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return result.length ? result : undefined;
}

/** Day of month of the rule's weekday in `year` (e.g. -1SU: last Sunday), or undefined. */
function ruleDay(year: number, { month, week, weekday }: Rule): number | undefined {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const lastWeekday = new Date(Date.UTC(year, month - 1, daysInMonth)).getUTCDay();
  const day = week > 0 ? 1 + ((weekday - firstWeekday + 7) % 7) + (week - 1) * 7 : daysInMonth - ((lastWeekday - weekday + 7) % 7) + (week + 1) * 7;
  return day >= 1 && day <= daysInMonth ? day : undefined;
}

/** Instants (ms) at which the observance began in the years around `year`. */
function onsets(obs: Observance, year: number): number[] {
  if (!obs.rule) return [obs.start - obs.from * MINUTE];
  const timeOfDay = ((obs.start % 86_400_000) + 86_400_000) % 86_400_000;
  const result: number[] = [];
  for (const y of [year - 1, year]) {
    const day = ruleDay(y, obs.rule);
    const local = day === undefined ? NaN : Date.UTC(y, obs.rule.month - 1, day) + timeOfDay;
    if (local >= obs.start) result.push(local - obs.from * MINUTE);
  }
  return result;
}

/** UTC offset in minutes the block gives at `instant` (ms), or undefined if it cannot say. */
export function vtimezoneOffsetAt(block: string, instant: number): number | undefined {
  const all = observancesOf(block);
  if (!all) return undefined;
  const year = new Date(instant).getUTCFullYear();
  let latest: { at: number; to: number } | undefined;
  for (const obs of all) {
    for (const at of onsets(obs, year)) {
      if (at <= instant && (!latest || at > latest.at)) latest = { at, to: obs.to };
    }
  }
  return latest?.to;
}
