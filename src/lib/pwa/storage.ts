/*
 * Storage the user can trust: whether the browser keeps this site's data (IndexedDB) even
 * when the device runs short of space, how much is used, and asking it to keep it. Every
 * call is feature-detected and never throws: undefined means the browser does not say.
 * After the first change a user makes, persistence is asked for once per device (browsers
 * may show a prompt; asking again each time would nag).
 */

/** localStorage key remembering that persistence was asked for on this device. */
export const PERSIST_ASKED_KEY = 'quorum:persist-asked';

export type StorageEstimate = { usage: number | undefined; quota: number | undefined };

function manager(): Partial<StorageManager> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

async function attempt<T>(call: (() => Promise<T>) | undefined): Promise<T | undefined> {
  try {
    return call ? await call() : undefined;
  } catch {
    return undefined;
  }
}

/** True when the browser keeps the data until the user deletes it; undefined if unknown. */
export function persisted(): Promise<boolean | undefined> {
  const storage = manager();
  return attempt(storage?.persisted?.bind(storage));
}

/** Asks the browser to keep the data; resolves to whether it now does (undefined if it cannot say). */
export function persist(): Promise<boolean | undefined> {
  const storage = manager();
  return attempt(storage?.persist?.bind(storage));
}

/** Bytes used by this site and the most it may use, as far as the browser says. */
export async function estimate(): Promise<StorageEstimate | undefined> {
  const storage = manager();
  const found = await attempt(storage?.estimate?.bind(storage));
  return found && { usage: found.usage, quota: found.quota };
}

/**
 * Asks for persistence the first time it is called on this device (later calls do nothing and
 * resolve to undefined). Already persistent storage is not asked for again.
 */
export async function askPersistenceOnce(): Promise<boolean | undefined> {
  if (!manager()?.persist) return undefined;
  try {
    if (localStorage.getItem(PERSIST_ASKED_KEY)) return undefined;
    localStorage.setItem(PERSIST_ASKED_KEY, new Date().toISOString());
  } catch {
    return undefined; // no localStorage: asking on every change would nag, so never ask here
  }
  return (await persisted()) || persist();
}
