/*
 * Turns the ways a browser refuses to store into a few kinds the interface can explain:
 * no IndexedDB at all (some private modes), a full disk / quota, or anything else.
 * A full disk rarely arrives as a plain QuotaExceededError: Dexie wraps it in an AbortError
 * (`inner`), a bulk write in a BulkError / ModifyError (`failures`, `failuresByPos`), newer
 * code in `cause`, and Chromium often says it only in the message: an UnknownError "Connection
 * is closing because of: IO error: …: FILE_ERROR_NO_SPACE" when the disk fills during a write
 * (seen on a real full file system), "Encountered full disk…" when opening, an AbortError whose
 * message is "QuotaExceededError", and, when the disk fills between two writes of a bulk add to
 * an auto-increment table, a ConstraintError "Maximum key generator value reached" (the
 * generator's next number could not be stored; a real overflow would need 2^53 changes).
 * Every wrapped error is
 * looked at, so every write path gets the same plain message.
 */
export type StorageProblem = 'unavailable' | 'quota' | 'other';

/** DOMException's legacy code for QuotaExceededError. */
const QUOTA_CODE = 22;
const QUOTA_MESSAGE = /quota|full disk|disk (is )?full|no space left|FILE_ERROR_NO_SPACE|maximum key generator value reached/i;

export function classifyStorageError(error: unknown): StorageProblem {
  const chain = errorChain(error);
  if (chain.some(isQuota)) return 'quota';
  const names = chain.map((e) => (e as { name?: unknown }).name);
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError')) return 'unavailable';
  return 'other';
}

function isQuota(error: object): boolean {
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (code === QUOTA_CODE && (error instanceof DOMException || name === 'DOMException')) return true;
  return typeof message === 'string' && QUOTA_MESSAGE.test(message);
}

/** The error and every error it wraps, breadth first (bounded: a cycle or a huge bulk error stops early). */
function errorChain(error: unknown): object[] {
  const seen: object[] = [];
  const queue: unknown[] = [error];
  while (queue.length && seen.length < 50) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.includes(current)) continue;
    seen.push(current);
    const { inner, cause, failures, failuresByPos } = current as Record<string, unknown>;
    queue.push(inner, cause);
    if (Array.isArray(failures)) queue.push(...(failures as unknown[]).slice(0, 10));
    if (failuresByPos && typeof failuresByPos === 'object') queue.push(...Object.values(failuresByPos as Record<string, unknown>).slice(0, 10));
  }
  return seen;
}
