/*
 * A form's validation errors (message keys from lib/domain/validation) as sentences in the
 * interface language, by field.
 */
import type { FieldErrors } from '../domain/validation.ts';
import { t } from '../i18n/index.ts';

export function fieldMessages(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).flatMap(([field, message]) => (message ? [[field, t(message.key, message.params)]] : [])));
}
