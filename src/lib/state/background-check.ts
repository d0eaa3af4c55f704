/*
 * Followed plans checked while the app is closed, where the browser has Periodic Background
 * Sync (Chromium, once the app is installed and used): the app registers the "quorum-follow"
 * sync when it follows a plan (and the browser granted the permission), and unregisters it
 * when it follows none. The service worker (public/follow-sync.js) then asks the server with
 * validators and keeps a changed plan file in the cache "quorum-follow-copies"; the app takes
 * such a copy at its next check, offline too, through the same reading, preview and trust
 * checks as any file. Where the browser has none of this, nothing happens here: the checks
 * on start, on reconnection and while open (following.ts) do the work.
 */
import { CHECK_EVERY_MS } from '../domain/following.ts';

const TAG = 'quorum-follow';
const COPIES = 'quorum-follow-copies';

type PeriodicSync = { register(tag: string, options: { minInterval: number }): Promise<void>; unregister(tag: string): Promise<void> };

async function periodicSync(): Promise<PeriodicSync | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  return (registration as { periodicSync?: PeriodicSync } | undefined)?.periodicSync;
}

/** Registers the background check when some plan is followed (and the browser allows it), unregisters it otherwise. */
export async function keepBackgroundCheck(following: boolean): Promise<'registered' | 'unregistered' | 'unavailable'> {
  const sync = await periodicSync();
  if (!sync) return 'unavailable';
  if (!following) {
    await sync.unregister(TAG).catch(() => undefined);
    return 'unregistered';
  }
  const permission = await navigator.permissions?.query({ name: 'periodic-background-sync' as PermissionName }).catch(() => undefined);
  if (permission?.state !== 'granted') return 'unavailable';
  try {
    await sync.register(TAG, { minInterval: CHECK_EVERY_MS });
    return 'registered';
  } catch {
    return 'unavailable';
  }
}

/** Calls `run` when the service worker's background check finds a Quorum window open: the window checks itself. */
export function onBackgroundCheck(run: () => void): void {
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: unknown } | null>) => {
    if (event.data?.type === TAG) run();
  });
}

/** The copy of the plan file at `url` the background check kept, if any; it is taken out of the cache. */
export async function takeBackgroundCopy(url: string): Promise<Response | undefined> {
  if (typeof caches === 'undefined') return undefined;
  const cache = await caches.open(COPIES);
  const copy = await cache.match(url);
  if (copy) await cache.delete(url);
  return copy;
}

/** Whether the background check kept a copy of the plan file at `url`. */
export async function hasBackgroundCopy(url: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  return (await (await caches.open(COPIES)).match(url)) !== undefined;
}
