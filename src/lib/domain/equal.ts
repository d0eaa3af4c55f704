/*
 * Structural equality of stored values (plain objects, arrays, strings, numbers, booleans).
 * A property set to `undefined` counts as absent, since a record read back from IndexedDB
 * and the same record built in memory may differ only there.
 */

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => sameValue(value, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = definedKeys(left);
  return keys.length === definedKeys(right).length && keys.every((k) => sameValue(left[k], right[k]));
}

/** The keys of `value` whose value is not undefined, sorted. */
export function definedKeys(value: object): string[] {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
    .sort();
}

/** A shallow copy of `record` without `keys`. */
export function withoutKeys<T extends object>(record: T, keys: readonly string[]): Partial<T> {
  const copy = { ...record } as Record<string, unknown>;
  for (const key of keys) delete copy[key];
  return copy as Partial<T>;
}
