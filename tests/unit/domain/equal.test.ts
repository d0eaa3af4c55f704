import { describe, expect, it } from 'vitest';
import { sameValue, withoutKeys } from '../../../src/lib/domain/equal.ts';

describe('sameValue', () => {
  it('compares nested records structurally, treating undefined as absent', () => {
    expect(sameValue({ a: 1, b: [{ c: 'x' }] }, { b: [{ c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 0 })).toBe(false);
  });

  it('withoutKeys copies without the given keys', () => {
    const record = { id: 'x', updatedAt: 't', n: 1 };
    expect(withoutKeys(record, ['updatedAt'])).toEqual({ id: 'x', n: 1 });
    expect(record.updatedAt).toBe('t');
  });
});
