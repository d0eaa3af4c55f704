/*
 * Whether a file comes from the publisher a plan expects (domain/trust.ts): every case of the
 * signature against the pinned keys, and what applying a file does to the pins.
 */
import { describe, expect, it } from 'vitest';
import { pinsAfterApply, shortThumbprint, trustOf, type PinnedKeys, type SignatureCheck } from '../../../src/lib/domain/trust.ts';

const KEY = { kty: 'EC' as const, crv: 'P-256' as const, x: 'x'.repeat(43), y: 'y'.repeat(43) };
const signedBy = (name: string, thumbprint: string): SignatureCheck => ({ status: 'signed', name, key: KEY, thumbprint });
const AT = '2026-12-02T10:00:00.000Z';
const pins: PinnedKeys = { keys: [{ thumbprint: 'T1', name: 'CIDI', since: AT }] };

describe('the trust of a file', () => {
  it('is verified, a new key, plain, or not verified, as the signature meets the pins', () => {
    expect(trustOf(signedBy('CIDI', 'T1'), pins)).toEqual({ kind: 'verified', name: 'CIDI' });
    expect(trustOf(signedBy('CIDI', 'T1'), undefined)).toEqual({ kind: 'newKey', name: 'CIDI', thumbprint: 'T1' });
    expect(trustOf({ status: 'unsigned' }, undefined)).toEqual({ kind: 'unsigned' });
    expect(trustOf(undefined, pins)).toEqual({ kind: 'unsigned' });
    expect(trustOf({ status: 'unsigned' }, pins)).toEqual({ kind: 'unverified', reason: 'unsigned', pinnedName: 'CIDI' });
    expect(trustOf(signedBy('CIDI', 'T2'), pins)).toEqual({ kind: 'unverified', reason: 'otherKey', name: 'CIDI', thumbprint: 'T2', pinnedName: 'CIDI' });
    expect(trustOf({ status: 'broken', name: 'CIDI' }, pins)).toEqual({ kind: 'unverified', reason: 'broken', name: 'CIDI', pinnedName: 'CIDI' });
    expect(trustOf({ status: 'broken' }, undefined)).toEqual({ kind: 'unverified', reason: 'broken' });
  });

  it('pins the key of a signed file applied, notes whether the copy held is verified, and leaves calendars alone', () => {
    expect(pinsAfterApply(undefined, signedBy('CIDI', 'T1'), { kind: 'newKey', name: 'CIDI', thumbprint: 'T1' }, AT)).toEqual({
      keys: [{ thumbprint: 'T1', name: 'CIDI', since: AT }],
      held: { name: 'CIDI', verified: true, at: AT },
    });
    const accepted = pinsAfterApply(pins, signedBy('OEA', 'T2'), { kind: 'unverified', reason: 'otherKey' }, AT);
    expect(accepted?.keys.map((k) => k.thumbprint)).toEqual(['T1', 'T2']);
    expect(accepted?.held).toEqual({ name: 'OEA', verified: false, at: AT });
    expect(trustOf(signedBy('OEA', 'T2'), accepted)).toEqual({ kind: 'verified', name: 'OEA' });
    expect(pinsAfterApply(pins, { status: 'unsigned' }, { kind: 'unverified', reason: 'unsigned' }, AT)).toEqual({
      ...pins,
      held: { verified: false, at: AT },
    });
    expect(pinsAfterApply(undefined, { status: 'unsigned' }, { kind: 'unsigned' }, AT)).toBeUndefined();
    expect(pinsAfterApply(pins, undefined, { kind: 'unsigned' }, AT)).toBe(pins);
  });

  it('shows a thumbprint as four groups of four', () => {
    expect(shortThumbprint('abcdEFGHijklMNOPqrst')).toBe('abcd EFGH ijkl MNOP');
  });
});
