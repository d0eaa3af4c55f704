// Every unit test gets a fresh, empty in-memory IndexedDB (Dexie reads its factory from Dexie.dependencies).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { beforeEach } from 'vitest';

beforeEach(() => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  // The data marker (outside IndexedDB) belongs with the database it describes: fresh too.
  globalThis.localStorage?.removeItem('quorum:data-marker');
});
