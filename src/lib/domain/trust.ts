/*
 * Whether a plan file comes from the publisher this device expects for a plan. A published
 * file is signed (plan-files/signature.ts); the device keeps, per plan, the keys it trusts for
 * it (PinnedKeys, in `meta` under "signers:<planId>"): the first signed file applied pins its
 * key (the first follow, or the first file opened by hand), and a key is added later only
 * when the user applied a file signed by it after the warning. Then:
 *   - signed by a pinned key: verified, "published by <name> · verified";
 *   - signed, and no key pinned for the plan yet: its key will be pinned ("newKey");
 *   - no signature and no key pinned: a plain file, as before signing existed;
 *   - no signature, another key, or a signature that does not hold (the file was changed
 *     after it was signed) where a key is pinned, or a broken signature anywhere: *not
 *     verified*, and nothing is written unless the user says so after a clear warning.
 */
import type { Instant } from './types.ts';

/** The public half of an ECDSA P-256 key, as a JWK (RFC 7517). */
export type PublicKeyJwk = { kty: 'EC'; crv: 'P-256'; x: string; y: string };

/** What a file's signature says, checked: not signed, signed and holding, or claiming a signature that does not hold. */
export type SignatureCheck =
  { status: 'unsigned' } | { status: 'signed'; name: string; key: PublicKeyJwk; thumbprint: string } | { status: 'broken'; name?: string };

type PinnedKey = { thumbprint: string; name: string; since: Instant };

export type PinnedKeys = {
  keys: PinnedKey[];
  /** Who signed the copy of the plan held here, and whether it was verified when applied. */
  held?: { name?: string; verified: boolean; at: Instant };
};

export type Trust =
  | { kind: 'verified'; name: string }
  | { kind: 'newKey'; name: string; thumbprint: string }
  | { kind: 'unsigned' }
  | { kind: 'unverified'; reason: 'unsigned' | 'otherKey' | 'broken'; name?: string; thumbprint?: string; pinnedName?: string };

export function signersKey(planId: string): string {
  return `signers:${planId}`;
}

export function trustOf(signature: SignatureCheck | undefined, pins: PinnedKeys | undefined): Trust {
  const pinned = pins?.keys ?? [];
  const pinnedName = pinned.at(-1)?.name;
  const expected = pinnedName === undefined ? {} : { pinnedName };
  // No check at all: not a plan file read from its bytes (a calendar's meetings merged in), which no one signs.
  if (!signature) return { kind: 'unsigned' };
  if (signature.status === 'unsigned') return pinned.length ? { kind: 'unverified', reason: 'unsigned', ...expected } : { kind: 'unsigned' };
  if (signature.status === 'broken') return { kind: 'unverified', reason: 'broken', ...(signature.name ? { name: signature.name } : {}), ...expected };
  if (!pinned.length) return { kind: 'newKey', name: signature.name, thumbprint: signature.thumbprint };
  if (pinned.some((k) => k.thumbprint === signature.thumbprint)) return { kind: 'verified', name: signature.name };
  return { kind: 'unverified', reason: 'otherKey', name: signature.name, thumbprint: signature.thumbprint, ...expected };
}

/**
 * The pins after applying a file whose signature is `signature` and whose trust was `trust`
 * (accepted by the user if unverified): a signing key not pinned yet is pinned, and the copy
 * held is noted as verified or not. Unchanged for what no one signs (undefined: a calendar).
 */
export function pinsAfterApply(pins: PinnedKeys | undefined, signature: SignatureCheck | undefined, trust: Trust, at: Instant): PinnedKeys | undefined {
  if (!signature) return pins;
  const keys = [...(pins?.keys ?? [])];
  if (signature.status === 'signed' && !keys.some((k) => k.thumbprint === signature.thumbprint))
    keys.push({ thumbprint: signature.thumbprint, name: signature.name, since: at });
  if (!keys.length) return undefined;
  const name = signature.status !== 'unsigned' ? signature.name : undefined;
  const verified = trust.kind === 'verified' || trust.kind === 'newKey';
  return { keys, held: { ...(name ? { name } : {}), verified, at } };
}

/** A thumbprint as people compare it: its first 16 characters, in groups of four. */
export function shortThumbprint(thumbprint: string): string {
  return (
    thumbprint
      .slice(0, 16)
      .match(/.{1,4}/g)
      ?.join(' ') ?? thumbprint
  );
}
