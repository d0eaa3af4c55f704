/*
 * The errors a command throws before writing anything: invalid input (with the messages to
 * show beside each field), a record that no longer exists (deleted in another tab...), or a
 * change that would move a record into another plan (a forged history entry).
 */
import { hasErrors, type FieldErrors } from '../../domain/validation.ts';

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly errors: FieldErrors) {
    super(`Invalid ${Object.keys(errors).join(', ')}`);
  }
}

export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(readonly table: string, readonly id: string | number) {
    super(`No ${table} record ${id}`);
  }
}

/** Putting `id` back as a version would make it change plans: records never move between plans. */
export class OtherPlanError extends Error {
  override name = 'OtherPlanError';
  constructor(readonly table: string, readonly id: string) {
    super(`${table} record ${id} belongs to another plan`);
  }
}

/** Throws a ValidationError when `errors` holds any message. */
export function assertValid(errors: FieldErrors): void {
  if (hasErrors(errors)) throw new ValidationError(errors);
}
