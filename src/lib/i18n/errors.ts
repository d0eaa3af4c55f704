/*
 * Error messages in the interface language: a field's validation message, and what to tell
 * the user when a command fails (invalid input, full disk, record gone, anything else).
 */
import { classifyStorageError } from '../db/storage-errors.ts';
import type { FieldErrors } from '../domain/validation.ts';
import { t, type MessageKey } from './index.ts';

/** Every field's message, translated. */
export function fieldMessages(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([field, message]) => (message ? [[field, t(message.key as MessageKey, message.params)]] : [])),
  );
}

/** One sentence saying why a change could not be saved; nothing was written in any case. */
export function commandFailure(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'ValidationError') return t('form.invalid');
  if (classifyStorageError(error) === 'quota') return t('form.quota');
  if (name === 'RecordNotFoundError') return t('form.gone');
  return t('form.failed', { reason: error instanceof Error ? error.message : String(error) });
}
