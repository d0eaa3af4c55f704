/*
 * Edits arrive as patches: a field given a value takes it, a field given null is removed
 * (an optional field the user cleared), a field left out or undefined stays as it was.
 * Optional text a form left blank is dropped rather than stored empty.
 */
import type { LocalizedText } from '../../domain/types.ts';

/** New values by field; null (allowed on optional fields only) removes the field. */
export type Patch<T> = { [K in keyof T]?: undefined extends T[K] ? T[K] | null : T[K] };

export function applyPatch<T extends object>(before: T, patch: NoInfer<Patch<T>>): T {
  const after = { ...before } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete after[key];
    else if (value !== undefined) after[key] = value;
  }
  return after as T;
}

/** `record` without those of `keys` whose value is undefined, a blank string or a blank text. */
export function dropBlank<T extends object>(record: T, keys: readonly (keyof T & string)[]): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const key of keys) if (isBlankValue(copy[key])) delete copy[key];
  return copy as T;
}

function isBlankValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object' && 'text' in value) return (value as LocalizedText).text.trim() === '';
  return false;
}
