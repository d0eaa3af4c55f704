/*
 * Plain IndexedDB for tests that must see the stored database as it is, without Dexie (which
 * adapts to, and may upgrade, what it opens): its version, tables and every row.
 */
export type RawDump = { version: number; tables: Record<string, unknown[]> };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens `name` at `version`, creating `stores` (name → key path, or null for auto-increment) on upgrade. */
export function rawCreate(name: string, version: number, stores: Record<string, string | null>): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, version);
    open.onupgradeneeded = () => {
      for (const [store, keyPath] of Object.entries(stores)) {
        if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store, keyPath ? { keyPath } : { autoIncrement: true });
      }
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

/** Every row of every store, and the version, read with a versionless open (which never upgrades). */
export async function rawDump(name: string): Promise<RawDump> {
  const db = await request(indexedDB.open(name));
  try {
    const tables: Record<string, unknown[]> = {};
    const names = [...db.objectStoreNames];
    if (names.length) {
      const tx = db.transaction(names, 'readonly');
      for (const store of names) tables[store] = await request(tx.objectStore(store).getAll());
    }
    return { version: db.version, tables };
  } finally {
    db.close();
  }
}

export async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}
