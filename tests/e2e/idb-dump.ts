/*
 * The app's IndexedDB database as the browser stores it, read or made in the page with plain
 * IndexedDB (no Dexie, which adapts to and may upgrade what it opens): for checks that a
 * screen wrote nothing. Run on any page of the app's origin (the manifest URL is a blank one).
 */
import type { Page } from 'playwright-core';

export type PageDump = { version: number; tables: Record<string, unknown[]> } | 'absent';

/** Every row of every store of `name`, and its version; 'absent' when there is no such database. */
export function dumpDatabase(page: Page, name = 'quorum'): Promise<PageDump> {
  return page.evaluate(async (dbName) => {
    if (!(await indexedDB.databases()).some((d) => d.name === dbName)) return 'absent' as const;
    const ask = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const db = await ask(indexedDB.open(dbName));
    const tables: Record<string, unknown[]> = {};
    const names = [...db.objectStoreNames];
    if (names.length) {
      const tx = db.transaction(names, 'readonly');
      for (const store of names) tables[store] = await ask(tx.objectStore(store).getAll());
    }
    db.close();
    return { version: db.version, tables };
  }, name);
}

/** Creates `name` at `version` with `stores` (store name → key path) and puts `rows` in them. */
export function createDatabase(page: Page, version: number, stores: Record<string, string>, rows: Record<string, unknown[]>, name = 'quorum'): Promise<void> {
  return page.evaluate(
    ({ dbName, version, stores, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName, version);
        open.onupgradeneeded = () => {
          for (const [store, keyPath] of Object.entries(stores)) open.result.createObjectStore(store, { keyPath });
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { dbName: name, version, stores, rows },
  );
}
