/*
 * The database the live queries read (live.svelte.ts), once start-up has opened it. The app's
 * first screen is drawn before that, from a read without Dexie (db/first-read.ts, through
 * early-reads.ts), and Dexie with start-up loads once that screen is shown (main.ts), so it is
 * not part of the bytes the first screen waits for. Until main.ts says how the database opens
 * (and in tests), it is the app's database module, loaded on first use.
 */
import type Dexie from 'dexie';
import type { QuorumDatabase } from '../db/database.ts';

export type OpenDatabase = { db: QuorumDatabase; Dexie: typeof Dexie };

let open: OpenDatabase | undefined;
let opening: Promise<OpenDatabase> | undefined;

// Dexie (for its change events) is asked for once the database is open, not before: the first
// screen must not fetch it.
const settle = (db: Promise<QuorumDatabase>): Promise<OpenDatabase> =>
  (opening = db.then(async (db) => (open = { db, Dexie: (await import('dexie')).default })));

/** The database start-up opens (never settles if start-up finds it cannot open one: the shell says why). */
export function openDatabaseWith(db: Promise<QuorumDatabase>): void {
  open = undefined;
  void settle(db);
}

/** The open database, at once when it is open already. */
export function openedDatabase(): OpenDatabase | undefined {
  return open;
}

/** The database once open. */
export function database(): Promise<OpenDatabase> {
  return opening ?? settle(import('../db/db.ts').then((m) => m.db));
}
