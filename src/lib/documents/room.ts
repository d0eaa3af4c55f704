/*
 * Whether the device has room for `bytes` more before anything is written: the browser's
 * estimate of what this site may still use, less a margin for the database's own overhead.
 * Where the browser cannot say, the write is tried, and a full disk is still told
 * (db/storage-errors.ts) with nothing half-stored, since every write is one transaction.
 */
export type Room = { ok: true; free?: number } | { ok: false; needed: number; free: number };

/** Kept free beside what is written: IndexedDB's own bookkeeping, and the rest of the app. */
const MARGIN_BYTES = 5 * 1024 * 1024;

export async function roomFor(bytes: number, estimate: () => Promise<StorageEstimate | undefined> = browserEstimate): Promise<Room> {
  const found = await estimate().catch(() => undefined);
  if (found?.quota === undefined || found.usage === undefined) return { ok: true };
  const free = Math.max(0, found.quota - found.usage - MARGIN_BYTES);
  return bytes <= free ? { ok: true, free } : { ok: false, needed: bytes, free };
}

async function browserEstimate(): Promise<StorageEstimate | undefined> {
  return navigator.storage?.estimate ? navigator.storage.estimate() : undefined;
}
