/*
 * Rules for single values of a plan file, as plain predicates: what a date, a time, an
 * instant, a language tag, an id or a link must look like. Pure, shared by the file schema
 * and the .ics import.
 */
import { isIsoDate } from '../domain/dates.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;
const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Schemes a link may use: web pages, e-mail addresses, phone numbers. Never javascript: or data:. */
const SAFE_URL_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/** "HH:MM", 24 h. */
export function isWallTime(value: string): boolean {
  return TIME.test(value);
}

/** A UTC instant as toISOString writes it ("2011-09-15T14:00:00.000Z", milliseconds optional). */
export function isInstant(value: string): boolean {
  const m = INSTANT.exec(value);
  return m !== null && isIsoDate(m[1]!);
}

/** A year, a month or a day: "2011", "2011-06", "2011-06-07" (a milestone's date). */
export function isPartialDate(value: string): boolean {
  return YEAR.test(value) || MONTH.test(value) || isIsoDate(value);
}

/** A BCP 47 language tag such as "fr" or "es-419". */
export function isLanguageTag(value: string): boolean {
  if (!LANGUAGE_TAG.test(value)) return false;
  try {
    Intl.getCanonicalLocales(value);
    return true;
  } catch {
    return false;
  }
}

/** An id: any printable text (ids are opaque), no control characters. */
export function isId(value: string): boolean {
  return value.length > 0 && !CONTROL.test(value);
}

/** A link the interface may open: an absolute http(s), mailto: or tel: URL. */
export function isSafeUrl(value: string): boolean {
  if (CONTROL.test(value) || /\s/.test(value)) return false;
  try {
    return SAFE_URL_SCHEMES.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
