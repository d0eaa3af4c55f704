/*
 * The organiser's publishing key (db/commands/publisher-commands.ts): made once, its private
 * half stored and usable but never extractable, renamed without a new key, one key even when
 * two tabs publish at once, and a name that is empty or too long refused before anything is made.
 */
import { describe, expect, it } from 'vitest';
import { publisherKeyOf, usePublisherKey } from '../../../../src/lib/db/commands/index.ts';
import { cryptoSigner, newKeyPair, signFile, checkSignature } from '../../../../src/lib/plan-files/signature.ts';
import { seededDb } from '../db-helpers.ts';

describe('the publishing key', () => {
  it('is made at the first use, kept non-extractable, and signs after being read back', async () => {
    const db = await seededDb();
    expect(await publisherKeyOf(db)).toBeUndefined();
    let made = 0;
    const make = () => (made++, newKeyPair());
    const key = await usePublisherKey(db, '  Secrétariat de la CIDI ', make);
    expect(key.name).toBe('Secrétariat de la CIDI');
    const stored = (await publisherKeyOf(db))!;
    expect(stored.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', stored.privateKey)).rejects.toThrow();
    const signer = await cryptoSigner(stored.name, stored.privateKey, stored.publicKey);
    expect((await checkSignature(await signFile({ format: 'quorum-plan' }, signer))).status).toBe('signed');

    const renamed = await usePublisherKey(db, 'CIDI', make);
    expect(made).toBe(1);
    expect(renamed.name).toBe('CIDI');
    expect(await crypto.subtle.exportKey('jwk', renamed.publicKey)).toEqual(await crypto.subtle.exportKey('jwk', key.publicKey));
  });

  it('is one key when two tabs publish at once', async () => {
    const db = await seededDb();
    const [a, b] = await Promise.all([usePublisherKey(db, 'CIDI', () => newKeyPair()), usePublisherKey(db, 'CIDI', () => newKeyPair())]);
    const stored = (await publisherKeyOf(db))!;
    const jwk = async (k: CryptoKey) => JSON.stringify(await crypto.subtle.exportKey('jwk', k));
    expect(await jwk(a.publicKey)).toBe(await jwk(stored.publicKey));
    expect(await jwk(b.publicKey)).toBe(await jwk(stored.publicKey));
  });

  it('refuses an empty or overlong name, making nothing', async () => {
    const db = await seededDb();
    for (const name of ['', '   ', 'x'.repeat(201)]) await expect(usePublisherKey(db, name, () => newKeyPair())).rejects.toThrow(RangeError);
    expect(await publisherKeyOf(db)).toBeUndefined();
  });
});
