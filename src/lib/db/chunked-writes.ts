/*
 * Bulk writes split into chunks awaited one after another. IndexedDB copies each value on the
 * calling thread when it is put, so one bulkAdd of 20,000 records holds the page for seconds
 * on a slow phone; chunks of a few hundred let it render and take input between them. Called
 * inside a transaction, the chunks stay in it (the next request is made as the last one
 * completes): still all or nothing.
 */
import type { Table } from 'dexie';

/** Records per chunk: well under 200 ms of copying on a slow phone. */
const WRITE_CHUNK = 250;

export async function bulkAddInChunks<T>(table: Table<T>, rows: readonly T[], size = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await table.bulkAdd(rows.slice(i, i + size));
}
