/*
 * The building blocks of validation. Each check looks at one field and returns the first rule
 * it breaks as a message key plus parameters (never text: the interface translates), or
 * undefined. A blank optional value counts as absent, as a form field the user emptied does.
 */
import { isIsoDate, isTimeZone } from './dates.ts';

/**
 * What a check can answer. The domain owns this list and the interface translates it: the
 * forms' catalog (i18n/messages/forms) must hold each key, or `t(message.key)` does not compile.
 */
export type ValidationKey =
  | 'validation.required'
  | 'validation.tooLong'
  | 'validation.dateInvalid'
  | 'validation.endBeforeStart'
  | 'validation.timeInvalid'
  | 'validation.endTimeNeedsStart'
  | 'validation.endTimeBeforeStart'
  | 'validation.timeNeedsZone'
  | 'validation.zoneUnknown'
  | 'validation.languageInvalid'
  | 'validation.choiceInvalid'
  | 'validation.referenceUnknown'
  | 'validation.timeSkipped'
  | 'validation.timeTwice'
  | 'validation.timeTwiceLaterDay'
  | 'validation.offsetInvalid';
export type ValidationMessage = { key: ValidationKey; params?: Record<string, string | number> };
/** Messages by field path: 'title', 'chair.name', 'paragraphs.2.text', 'responsible.0'... */
export type FieldErrors = Partial<Record<string, ValidationMessage>>;
type Check = ValidationMessage | undefined;

// Sane maximum lengths, in characters.
export const TITLE_MAX = 300;
export const SHORT_TITLE_MAX = 80;
export const NAME_MAX = 300;
export const SYMBOL_MAX = 100;
export const NUMBER_MAX = 20;
export const PARAGRAPH_MAX = 10_000;
export const AGENDA_ITEM_MAX = 2_000;
export const NOTE_MAX = 2_000;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isBlank(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === '';
}

export function requiredText(value: string | undefined, max: number): Check {
  return isBlank(value) ? { key: 'validation.required' } : optionalText(value, max);
}

export function optionalText(value: string | undefined, max: number): Check {
  return value !== undefined && value.length > max ? { key: 'validation.tooLong', params: { max } } : undefined;
}

/** A "YYYY-MM-DD" date that exists. */
export function date(value: string | undefined, required: boolean): Check {
  if (isBlank(value)) return required ? { key: 'validation.required' } : undefined;
  return isIsoDate(value!) ? undefined : { key: 'validation.dateInvalid', params: { value: value! } };
}

/** An "HH:MM" time of day (24 h). */
export function time(value: string | undefined): Check {
  if (isBlank(value) || TIME.test(value!)) return undefined;
  return { key: 'validation.timeInvalid', params: { value: value! } };
}

export function timeZone(value: string | undefined): Check {
  if (isBlank(value)) return { key: 'validation.required' };
  return isTimeZone(value!) ? undefined : { key: 'validation.zoneUnknown', params: { value: value! } };
}

/** A BCP 47 language tag such as "fr" or "es-419". */
export function language(value: string | undefined): Check {
  if (isBlank(value)) return { key: 'validation.required' };
  try {
    Intl.getCanonicalLocales(value);
    return undefined;
  } catch {
    return { key: 'validation.languageInvalid', params: { value: value! } };
  }
}

export function choice(value: unknown, choices: readonly string[]): Check {
  return typeof value === 'string' && choices.includes(value) ? undefined : { key: 'validation.choiceInvalid' };
}

/** The field errors among `checks`, keyed by field path. */
export function collect(checks: ReadonlyArray<readonly [string, Check]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, message] of checks) if (message) errors[field] = message;
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
