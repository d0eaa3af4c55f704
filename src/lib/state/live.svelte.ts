/*
 * The one bridge from the database to Svelte runes. `live(() => { const id = ...; return
 * (reads) => query(reads, id) })`: the outer function runs inside an effect, so the reactive
 * values it reads (route parameters...) are tracked and the query restarts when they change;
 * the inner function is the query. Each run notes in `reads` what it read (tables, or keys of
 * an index: see reads.ts), and it runs again only when Dexie's 'storagemutated' event (fired
 * for this tab's writes and, through a BroadcastChannel, other tabs') names one of those keys.
 * Marking an outcome re-runs the open meeting's agenda query, not every screen's whole plan.
 *
 * Why not Dexie's liveQuery() (which notes reads the same way, by itself): it follows reads
 * through Dexie's async "zone", which was lost in a chain of nested async functions (our plan
 * query once never refreshed), and it keeps a cache of query results (a second copy of a
 * 20,000-item plan). Here each query says what it read (reads.ts), so nothing depends on a
 * zone and tests check the rule (tests/unit/state/live.test.ts counts which queries re-run);
 * a signal costs a map look-up per changed part. Measured once on the 20,000-item plan (Node,
 * fake-indexeddb, a shared 2-core machine: orders of size only): the meeting's query re-read
 * in 3-7 ms here and 47 ms (with the write) through liveQuery, the whole plan 0.9-2.2 s either
 * way, and checking a signal against the whole plan's reads under 1 ms. liveQuery re-ran
 * only the right queries too; the zone and the cache decided.
 * Signals that come while a query runs are kept and checked against what that run read, so a
 * burst of 50 writes still costs two runs, not 51.
 */
import type { QuorumDatabase } from '../db/database.ts';
import { database, openedDatabase, type OpenDatabase } from './database.ts';
import { Reads, type ChangedParts } from './reads.ts';

export class LiveValue<T> {
  value = $state.raw<T | undefined>(undefined);
  error = $state.raw<unknown>(undefined);
  loaded = $state(false);
}

export type Query<T> = (reads: Reads, db: QuorumDatabase) => Promise<T>;

/**
 * Must be called while a component initialises (it creates an effect). `early`, when given,
 * is what the screen shows until the database is open (state/early-reads.ts: the first
 * screen, read without Dexie); its answer undefined means it has none.
 */
export function live<T>(makeQuery: () => Query<T>, early?: () => Promise<T | undefined>): LiveValue<T> {
  const result = new LiveValue<T>();
  $effect(() => {
    const query = makeQuery();
    let stopped = false;
    let running = false;
    let reads: Reads | undefined;
    let missed: ChangedParts[] = [];
    let open: OpenDatabase | undefined;
    const refresh = coalesced(() => {
      if (stopped || !open) return Promise.resolve();
      running = true;
      missed = [];
      const next = new Reads();
      const settle = (apply: () => void) => {
        running = false;
        reads = next;
        if (stopped) return;
        apply();
        result.loaded = true;
        if (missed.some((parts) => next.touchedBy(parts))) refresh();
      };
      return query(next, open.db).then(
        (value) => settle(() => ((result.value = value), (result.error = undefined))),
        (error: unknown) => settle(() => (result.error = error)),
      );
    });
    const onChange = (parts: ChangedParts) => {
      if (running) missed.push(parts);
      else if (!reads || reads.touchedBy(parts)) refresh();
    };
    const start = (opened: OpenDatabase) => {
      if (stopped) return;
      open = opened;
      refresh();
      open.Dexie.on('storagemutated', onChange);
    };
    const opened = openedDatabase();
    if (opened) start(opened);
    else {
      void early?.().then((value) => {
        // Only until the database's own answer (which may come first).
        if (stopped || reads || value === undefined) return;
        result.value = value;
        result.loaded = true;
      });
      void database().then(start);
    }
    return () => {
      stopped = true;
      open?.Dexie.on('storagemutated').unsubscribe(onChange);
    };
  });
  return result;
}

/**
 * `run` one at a time: a signal while it runs only marks it dirty, and one more run follows
 * when it ends, however many signals came.
 */
export function coalesced(run: () => Promise<void>): () => void {
  let running = false;
  let dirty = false;
  const signal = () => {
    if (running) {
      dirty = true;
      return;
    }
    running = true;
    dirty = false;
    const done = () => {
      running = false;
      if (dirty) signal();
    };
    run().then(done, done);
  };
  return signal;
}
