/*
 * The errors a command throws before writing anything: invalid input (with the messages to
 * show beside each field), a record that no longer exists (deleted in another tab...), or a
 * change that would move a record into another plan (a forged history entry), or a record
 * that changed since the form editing it opened (optimistic concurrency: the form gives the
 * record as it opened it, the command compares it inside its transaction), or a plan in
 * reading mode on this device.
 */
import { withoutKeys } from '../../domain/equal.ts';
import { changedFields } from '../../domain/plan-diff.ts';
import { hasErrors, type FieldErrors } from '../../domain/validation.ts';

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly errors: FieldErrors) {
    super(`Invalid ${Object.keys(errors).join(', ')}`);
  }
}

export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(
    readonly table: string,
    readonly id: string | number,
  ) {
    super(`No ${table} record ${id}`);
  }
}

/** Putting `id` back as a version would make it change plans: records never move between plans. */
export class OtherPlanError extends Error {
  override name = 'OtherPlanError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table} record ${id} belongs to another plan`);
  }
}

/** The plan is open for reading on this device (db/plan-mode.ts): its records are not changed. */
export class ReadingModeError extends Error {
  override name = 'ReadingModeError';
  constructor(readonly planId: string) {
    super(`Plan ${planId} is in reading mode`);
  }
}

/** The stored record is no longer the one the edit was based on; `current` is it as stored now. */
export class RecordChangedError<T = unknown> extends Error {
  override name = 'RecordChangedError';
  constructor(
    readonly table: string,
    readonly id: string,
    readonly current: T,
  ) {
    super(`The ${table} record ${id} changed since it was read`);
  }
}

/**
 * Throws a RecordChangedError when `stored` differs in content from `base`, the version the
 * edit started from (bookkeeping and live state, e.g. updatedAt, do not count, nor the fields
 * named in `ignoring`). No base: no check.
 */
export function assertUnchanged<T extends { id: string }>(table: string, stored: T, base: T | undefined, ignoring: readonly string[] = []): void {
  if (base === undefined) return;
  if (changedFields(withoutKeys(base, ignoring), withoutKeys(stored, ignoring)).length > 0) throw new RecordChangedError(table, stored.id, stored);
}

/** Throws a ValidationError when `errors` holds any message. */
export function assertValid(errors: FieldErrors): void {
  if (hasErrors(errors)) throw new ValidationError(errors);
}
