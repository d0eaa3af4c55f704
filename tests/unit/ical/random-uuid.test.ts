import { describe, expect, it } from 'vitest';
import { randomUuid } from '../../../src/lib/ical/random-uuid.ts';

describe('randomUuid (for contexts without crypto.randomUUID)', () => {
  it('makes version-4 UUIDs that differ', () => {
    const a = randomUuid();
    const b = randomUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});
