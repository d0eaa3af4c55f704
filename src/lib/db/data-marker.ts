/*
 * A small note, kept OUTSIDE IndexedDB, that this device holds Quorum data: which database
 * (its instance id, also stored in `meta`), when it last changed, and the last backup file.
 * Browsers evict IndexedDB under storage pressure, and "clear site data" may take some
 * storages and not others, so the note is kept twice, in localStorage and in Cache Storage
 * (the service worker's cleanup only removes its own precache caches): if either survives
 * while the database is gone, the app can say what was lost (lost-data.ts) instead of showing
 * the re-seeded default plan as if it were the user's. Reading and writing never throw.
 */
import type { Instant } from '../domain/types.ts';

export type DataMarker = {
  instanceId: string;
  /** Last change a command made to a plan (a history entry), as far as this device knows. */
  lastChangeAt?: Instant;
  /** The last backup (plan file) written from this device. */
  lastBackup?: { at: Instant; fileName: string };
  writtenAt: Instant;
};

import { MARKER_KEY } from './marker-key.ts';

export { MARKER_KEY };
export const MARKER_CACHE = 'quorum-data-marker';

/** The Cache Storage key: one per copy of the app (its folder), like localStorage is per origin. */
function cacheUrl(): string {
  return new URL('quorum-data-marker.json', globalThis.location?.href ?? 'http://localhost/').href;
}

function parse(text: string | null | undefined): DataMarker | undefined {
  try {
    const value = text ? (JSON.parse(text) as Partial<DataMarker>) : undefined;
    return typeof value?.instanceId === 'string' && typeof value.writtenAt === 'string' ? (value as DataMarker) : undefined;
  } catch {
    return undefined;
  }
}

async function fromCache(): Promise<DataMarker | undefined> {
  try {
    const cache = await globalThis.caches?.open(MARKER_CACHE);
    return parse(await (await cache?.match(cacheUrl()))?.text());
  } catch {
    return undefined;
  }
}

function fromLocalStorage(): DataMarker | undefined {
  try {
    return parse(localStorage.getItem(MARKER_KEY));
  } catch {
    return undefined;
  }
}

/** The marker from whichever storage still has it (the newer when both do). */
export async function readMarker(): Promise<DataMarker | undefined> {
  const found = [fromLocalStorage(), await fromCache()].filter((m): m is DataMarker => m !== undefined);
  return found.sort((a, b) => b.writtenAt.localeCompare(a.writtenAt))[0];
}

/** Writes the marker to both storages, each as far as it allows. */
export async function writeMarker(marker: DataMarker): Promise<void> {
  const text = JSON.stringify(marker);
  try {
    localStorage.setItem(MARKER_KEY, text);
  } catch {
    // full or disabled: the cache copy may still do
  }
  try {
    const cache = await globalThis.caches?.open(MARKER_CACHE);
    await cache?.put(cacheUrl(), new Response(text, { headers: { 'Content-Type': 'application/json' } }));
  } catch {
    // no Cache Storage here (insecure context, some private modes)
  }
}
