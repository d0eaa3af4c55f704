/*
 * The parameters of the clock-change messages (validation.timeSkipped and its kin, in forms
 * and in file problems) in the interface language: the day as a long date, the zone by its
 * city, UTC offsets as "UTC−04:00". The domain passes them raw, so that a problem found in a
 * worker reads right in whatever language the interface shows it.
 */
import { isIsoDate } from '../domain/dates.ts';
import { formatDate, formatTime } from './format.ts';
import { locale } from './index.ts';
import { zoneCity } from './zone-cities.ts';

type Params = Record<string, string | number>;

/** "UTC−04:00", "UTC+05:30", "UTC+00:00" (with a true minus sign). */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const TIMES = ['time', 'from', 'to'];
const OFFSETS = ['offset', 'firstOffset', 'secondOffset'];

/** `params` with the day, zone, times and offsets written for a reader; other parameters as they are. */
export function readableParams(params: Params | undefined): Params | undefined {
  if (!params || !('zone' in params)) return params;
  const out: Params = { ...params };
  if (typeof out.day === 'string' && isIsoDate(out.day)) out.day = formatDate(out.day);
  if (typeof out.zone === 'string') out.zone = zoneCity(out.zone, locale);
  for (const key of TIMES) if (typeof out[key] === 'string' && /^\d\d:\d\d$/.test(out[key])) out[key] = formatTime(out[key]);
  for (const key of OFFSETS) if (typeof out[key] === 'number') out[key] = utcOffset(out[key]);
  return out;
}
