/*
 * Looks at the stored database BEFORE Dexie opens it. Dexie 4 opens a database stored at a
 * higher version than the code declares (it adapts to it), and adds tables it finds missing
 * by upgrading it: an older copy of the app (an old tab, a stale service worker) would then
 * write into, or re-shape, a newer app's data. So the stored version and tables are read
 * with a plain indexedDB.open(name) (no version: it never upgrades an existing database) and
 * compared with the migrations; when they do not match, the app opens nothing and writes nothing.
 * An open without a version would create an empty database on a first visit: that upgrade
 * is aborted, which per the IndexedDB spec leaves no database behind.
 */
import type { Migration } from './migrations.ts';

export type StoredSchema = { kind: 'absent' } | { kind: 'present'; version: number; tables: string[] };

export type SchemaVerdict =
  | { kind: 'ok' }
  /** Stored by a newer version of the app. */
  | { kind: 'newer'; stored: number; known: number }
  /** At a version this code knows, but without tables that version has. */
  | { kind: 'incomplete'; missing: string[] };

/** Dexie stores version n as IndexedDB version n × 10. */
export const idbVersion = (dexieVersion: number) => Math.round(dexieVersion * 10);

/** The browser's IndexedDB, undefined where there is none (or where touching it throws). */
export function browserIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens the database stored under `name` as it is (no version, so never upgraded), or resolves
 * undefined when there is none: the open of a database that does not exist is aborted.
 */
export function openExisting(name: string, factory: IDBFactory): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    let absent = false;
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      absent = true; // version 0: nothing was stored under this name
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      if (absent) resolve(undefined);
      else reject(request.error ?? new Error(`Could not read the database ${name}`));
    };
  });
}

/** What is stored under `name`, as this IndexedDB version and tables. */
export function schemaOf(db: IDBDatabase): StoredSchema {
  return { kind: 'present', version: db.version, tables: [...db.objectStoreNames] };
}

export async function readStoredSchema(name: string, factory: IDBFactory | undefined = browserIndexedDB()): Promise<StoredSchema | undefined> {
  if (!factory) return undefined; // no IndexedDB: opening will say so
  const db = await openExisting(name, factory);
  if (!db) return { kind: 'absent' };
  const found = schemaOf(db);
  db.close();
  return found;
}

/** The tables the migrations up to IndexedDB version `version` have made. */
export function tablesAt(migrations: readonly Migration[], version: number): Set<string> {
  const tables = new Set<string>();
  for (const m of migrations) {
    if (idbVersion(m.version) > version) continue;
    for (const [table, spec] of Object.entries(m.stores)) {
      if (spec === null) tables.delete(table);
      else tables.add(table);
    }
  }
  return tables;
}

export function judgeSchema(stored: StoredSchema | undefined, migrations: readonly Migration[]): SchemaVerdict {
  if (!stored || stored.kind === 'absent') return { kind: 'ok' };
  const known = Math.max(...migrations.map((m) => idbVersion(m.version)));
  if (stored.version > known) return { kind: 'newer', stored: stored.version, known };
  // An older version is upgraded by the migrations; only tables it should already have are checked.
  const missing = [...tablesAt(migrations, stored.version)].filter((table) => !stored.tables.includes(table));
  return missing.length ? { kind: 'incomplete', missing } : { kind: 'ok' };
}

export async function checkStoredSchema(name: string, migrations: readonly Migration[]): Promise<SchemaVerdict> {
  return judgeSchema(await readStoredSchema(name), migrations);
}
