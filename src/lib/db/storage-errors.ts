/*
 * Turns the ways a browser refuses to store into a few kinds the interface can explain:
 * no IndexedDB at all (some private modes), a full disk / quota, or anything else.
 */
export type StorageProblem = 'unavailable' | 'quota' | 'other';

export function classifyStorageError(error: unknown): StorageProblem {
  const names = errorChain(error).map((e) => (e as { name?: string }).name);
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError')) return 'unavailable';
  return 'other';
}

/** The error and the errors it wraps (Dexie keeps the original in `inner`). */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current);
    current = (current as { inner?: unknown }).inner;
  }
  return chain;
}
