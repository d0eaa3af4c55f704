/*
 * Publishes that waited for the network (a plan's shared folder, state/shared-folder.svelte.ts):
 * sent when the app starts online and when the device comes back online, through the same
 * cycle and merge as the button. A merge that needs a choice waits for the organiser (the
 * panel says so); a failure stays on the connection, never dropped. Where the browser has
 * Background Sync, the service worker wakes an open window the same way (public/shared-sync.js).
 * Nothing of the shared-folder code loads on a device with no publish waiting.
 */
import { sharedKey, type SharedConnection } from '../domain/shared-folder.ts';
import { withMessages } from '../i18n/index.ts';
import { database } from './database.ts';

const SYNC_TAG = 'quorum-shared';
let started = false;
let running: Promise<void> | undefined;

export function startSharedOutbox(): void {
  if (started) return;
  started = true;
  const run = () => {
    if (!navigator.onLine) return;
    // Not read (the database closed by the browser): the connection keeps its publish waiting for the next start or reconnection.
    running ??= publishWaiting()
      .catch(() => undefined)
      .finally(() => (running = undefined));
  };
  run();
  addEventListener('online', run);
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: unknown } | null>) => {
    if (event.data?.type === SYNC_TAG) run();
  });
}

async function publishWaiting(): Promise<void> {
  const { db } = await database();
  const waiting = (await db.meta.where('key').between(sharedKey(''), sharedKey('\uffff')).toArray())
    .map((row) => row.value as SharedConnection)
    .filter((c) => c.queued && c.publisher && c.appBaseUrl);
  if (!waiting.length) return;
  // The catalogs of what publishing may name (a failure shown later by the panel reads the connection).
  const { publishToShared } = await withMessages(['plan-files', 'ical', 'forms', 'meeting'], () => import('./shared-folder.svelte.ts'))();
  for (const c of waiting) await publishToShared(c.planId, { publisher: c.publisher!, appBaseUrl: c.appBaseUrl! }).catch(() => undefined);
}

/** Asks the browser to wake the app when the network is back (Background Sync, where it has it). */
export async function askBackgroundSync(): Promise<boolean> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync;
  if (!sync) return false;
  return sync.register(SYNC_TAG).then(
    () => true,
    () => false,
  );
}
