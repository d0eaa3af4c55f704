/*
 * What to tell the user when a command fails (invalid input, full disk, record gone, a record
 * of another plan, a plan in reading mode, anything else), in the interface language. Field-by-field messages are in forms/field-messages.ts.
 */
import { classifyStorageError } from '../db/storage-errors.ts';
import { t } from './index.ts';

/** One sentence saying why a change could not be saved; nothing was written in any case. */
export function commandFailure(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'ValidationError') return t('form.invalid');
  if (classifyStorageError(error) === 'quota') return t('form.quota');
  if (name === 'RecordNotFoundError') return t('form.gone');
  if (name === 'OtherPlanError') return t('form.otherPlan');
  if (name === 'ReadingModeError') return t('form.readingMode');
  return t('form.failed', { reason: error instanceof Error ? error.message : String(error) });
}
