/*
 * The first screen's data, read with the browser's own IndexedDB API before Dexie has loaded:
 * Dexie (about half the first screen's code) and start-up (boot.ts) load once that screen is
 * shown (main.ts, state/database.ts). It reads the plan the app shows (current-plan.ts's rule)
 * and the records the overview shows of it, and later one meeting's agenda, on one connection
 * it closes as soon as another wants to change the schema, or when start-up has opened the
 * database (`close`).
 *
 * It reads only a database this code may open as it is (schema-check.ts's verdict ok) with the
 * default plan seeded: anything else ('unknown') waits for start-up, which seeds, upgrades or
 * says what is wrong. It never creates, upgrades or writes anything.
 */
import type { AgendaItem, Id, Mandate, Meeting, Plan, Resolution } from '../domain/types.ts';
import { CURRENT_PLAN_KEY } from './current-plan.ts';
import type { Migration } from './migrations.ts';
import { browserIndexedDB, judgeSchema, openExisting, schemaOf } from './schema-check.ts';
import { DEFAULT_SEED_KEY, seedMetaKey } from './seed-key.ts';

export type StoredFirstRead = {
  kind: 'stored';
  /** Undefined when every plan was deleted. */
  plan: Plan | undefined;
  meetings: Meeting[];
  mandates: Mandate[];
  resolutions: Resolution[];
  /** One meeting's agenda items, unsorted; undefined once the connection is closed. */
  agendaOf(meetingId: Id): Promise<AgendaItem[] | undefined>;
  close(): void;
};

export type FirstRead =
  /** Nothing stored: a first visit (the default plan is shown, and seeded by start-up). */
  | { kind: 'absent' }
  | StoredFirstRead
  /** Not readable as it is (no IndexedDB, another version, not seeded, an error): start-up decides. */
  | { kind: 'unknown' };

const TABLES = ['meta', 'plans', 'meetings', 'mandates', 'resolutions', 'agendaItems'];

/** A request's answer, typed as the caller knows its table holds (IndexedDB types it `any`). */
const ask = <T>(request: IDBRequest): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });

type EarlyOpen = { name: string; db: Promise<IDBDatabase | undefined> };

/**
 * The connection index.html's first-requests script (scripts/first-requests.ts) began to open
 * while the page was read, on a device that holds data: taken once. It resolves to nothing when
 * it could not open one (no database, an error): opening again then tells which.
 */
function takeEarlyOpen(name: string): Promise<IDBDatabase | undefined> | undefined {
  const page = globalThis as { quorumEarlyOpen?: EarlyOpen };
  const early = page.quorumEarlyOpen;
  delete page.quorumEarlyOpen;
  return early?.name === name ? early.db : undefined;
}

export async function firstRead(name: string, migrations: readonly Migration[]): Promise<FirstRead> {
  const early = takeEarlyOpen(name);
  const factory = browserIndexedDB();
  if (!factory) return { kind: 'unknown' };
  let db: IDBDatabase | undefined;
  try {
    db = (await early) ?? (await openExisting(name, factory));
    if (!db) return { kind: 'absent' };
    const open = db;
    let closed = false;
    const close = () => ((closed = true), open.close());
    // Another tab upgrading the schema, or start-up here: never in their way.
    open.onversionchange = close;
    if (judgeSchema(schemaOf(open), migrations).kind !== 'ok' || TABLES.some((table) => !open.objectStoreNames.contains(table))) {
      close();
      return { kind: 'unknown' };
    }
    const tx = open.transaction(TABLES, 'readonly');
    const get = (table: string, key: string) => ask<{ value?: unknown } | undefined>(tx.objectStore(table).get(key));
    const [seeded, chosen, plans] = await Promise.all([
      get('meta', seedMetaKey(DEFAULT_SEED_KEY)),
      get('meta', CURRENT_PLAN_KEY),
      ask<Plan[]>(tx.objectStore('plans').getAll()),
    ]);
    if (!seeded) {
      close();
      return { kind: 'unknown' };
    }
    const plan = plans.find((p) => p.id === chosen?.value) ?? [...plans].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
    const ofPlan = <T>(table: string) => (plan ? ask<T[]>(tx.objectStore(table).index('planId').getAll(plan.id)) : Promise.resolve([]));
    const [meetings, mandates, resolutions] = await Promise.all([ofPlan<Meeting>('meetings'), ofPlan<Mandate>('mandates'), ofPlan<Resolution>('resolutions')]);
    const agendaOf = async (meetingId: Id) =>
      closed ? undefined : ask<AgendaItem[]>(open.transaction('agendaItems', 'readonly').objectStore('agendaItems').index('meetingId').getAll(meetingId));
    return { kind: 'stored', plan, meetings, mandates, resolutions, agendaOf, close };
  } catch {
    db?.close();
    return { kind: 'unknown' };
  }
}
