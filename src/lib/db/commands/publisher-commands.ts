/*
 * The organiser's publishing key on this device (meta "publisher"): a name shown to delegates
 * and an ECDSA P-256 key pair made by WebCrypto whose private half is not extractable: the
 * browser signs with it, and nothing, not even this app, can read it out (plan-files/signature.ts).
 * The stored CryptoKeys are structured clones in IndexedDB; a key lost with the browser's data
 * means a new key, which followers see as another key and are warned about (domain/trust.ts).
 */
import type { Instant } from '../../domain/types.ts';
import type { QuorumDatabase } from '../database.ts';

export type PublisherKey = { name: string; privateKey: CryptoKey; publicKey: CryptoKey; createdAt: Instant };

const PUBLISHER = 'publisher';

/** Longest publisher name. */
const MAX_PUBLISHER_NAME = 200;

export async function publisherKeyOf(db: QuorumDatabase): Promise<PublisherKey | undefined> {
  const value = (await db.meta.get(PUBLISHER))?.value as Partial<PublisherKey> | undefined;
  return value?.privateKey && value.publicKey && typeof value.name === 'string' ? (value as PublisherKey) : undefined;
}

/**
 * The device's publishing key named `name`: the one stored (renamed if the name changed), or
 * `made()` stored as it when there is none yet. One transaction: two tabs publishing at once
 * end with one key.
 */
export async function usePublisherKey(db: QuorumDatabase, name: string, made: () => Promise<CryptoKeyPair>, now = new Date()): Promise<PublisherKey> {
  const clean = name.trim();
  if (!clean || clean.length > MAX_PUBLISHER_NAME) throw new RangeError(`A publisher name has 1 to ${MAX_PUBLISHER_NAME} characters`);
  // The key is made outside the transaction (WebCrypto is not IndexedDB: awaiting it would end the transaction).
  const existing = await publisherKeyOf(db);
  const pair = existing ? undefined : await made();
  return db.transaction('rw', [db.meta], async () => {
    const stored = await publisherKeyOf(db);
    const key: PublisherKey = stored
      ? { ...stored, name: clean }
      : { name: clean, privateKey: pair!.privateKey, publicKey: pair!.publicKey, createdAt: now.toISOString() };
    if (!stored || stored.name !== clean) await db.meta.put({ key: PUBLISHER, value: key });
    return key;
  });
}
