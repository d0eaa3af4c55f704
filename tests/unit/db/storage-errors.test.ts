import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { classifyStorageError } from '../../../src/lib/db/storage-errors.ts';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('classifyStorageError', () => {
  it('recognises a full disk, directly or wrapped by Dexie', () => {
    expect(classifyStorageError(named('QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('aborted', named('QuotaExceededError')))).toBe('quota');
  });

  it('recognises a browser that offers no storage', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyStorageError(named('SecurityError'))).toBe('unavailable');
  });

  it('calls anything else "other"', () => {
    expect(classifyStorageError(new Error('boom'))).toBe('other');
    expect(classifyStorageError('text')).toBe('other');
    expect(classifyStorageError(undefined)).toBe('other');
  });
});
