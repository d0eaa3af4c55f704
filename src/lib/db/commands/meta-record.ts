/*
 * A device record kept in `meta` (a follow, a shared folder's connection) changed in one
 * transaction: read, changed, written back; nothing when there is none (any more).
 */
import type { QuorumDatabase } from '../database.ts';

export async function changeMetaRecord<T>(db: QuorumDatabase, key: string, change: (record: T) => T): Promise<T | undefined> {
  return db.transaction('rw', [db.meta], async () => {
    const record = (await db.meta.get(key))?.value as T | undefined;
    if (!record) return undefined;
    const next = change(record);
    await db.meta.put({ key, value: next });
    return next;
  });
}
