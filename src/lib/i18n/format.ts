/*
 * Dates, times and months in the interface language with Intl. Meeting days are calendar
 * dates in the meeting's own zone: they are formatted at UTC midnight with timeZone 'UTC',
 * so the device's zone can never move a meeting to another day.
 */
import { dateAtUtcMidnight } from '../domain/dates.ts';
import type { IsoDate, TimeZoneId, WallTime } from '../domain/types.ts';
import { locale } from './index.ts';

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** "jeudi 15 septembre 2011" (weekday optional). */
export function formatDate(date: IsoDate, withWeekday = false): string {
  return formatter({ dateStyle: withWeekday ? 'full' : 'long', timeZone: 'UTC' }).format(dateAtUtcMidnight(date));
}

/** "17–18 novembre 2011", or one date when `end` is absent or equal. */
export function formatDateRange(start: IsoDate, end?: IsoDate): string {
  if (!end || end === start) return formatDate(start);
  return formatter({ dateStyle: 'long', timeZone: 'UTC' }).formatRange(dateAtUtcMidnight(start), dateAtUtcMidnight(end));
}

/** "septembre 2011" from "2011-09". */
export function formatMonth(month: string): string {
  return formatter({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A moment (ISO instant or epoch ms) with its date and time, in the device's zone: "15 septembre 2011 à 10:05". */
export function formatInstant(at: string | number | Date, dateStyle: 'long' | 'medium' = 'long'): string {
  return formatter({ dateStyle, timeStyle: 'short' }).format(new Date(at));
}

/** "10:00" as the interface language writes times. */
export function formatTime(time: WallTime): string {
  return formatter({ hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(`1970-01-01T${time}:00Z`));
}

/** The zone's readable name, e.g. "heure de l’Est nord-américain", with its IANA id. */
export function formatTimeZone(timeZone: TimeZoneId, at: Date = new Date()): string {
  const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return name ? `${name} (${timeZone})` : timeZone;
}

/** A partial date from the source ("2011", "2011-06", "2011-06-07") as precisely as it is known. */
export function formatPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return formatMonth(date);
  return formatDate(date);
}

/** "1,2 Mo", "850 ko", "1,3 Go", as the interface language writes a file's or the device's space. */
export function formatBytes(bytes: number): string {
  const unit = bytes >= 1e9 ? 'gigabyte' : bytes >= 1e6 ? 'megabyte' : 'kilobyte';
  const value = bytes / (unit === 'gigabyte' ? 1e9 : unit === 'megabyte' ? 1e6 : 1e3);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** "English", "français": a language tag as the interface language names it (the tag itself when Intl cannot). */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
