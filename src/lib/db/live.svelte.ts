/*
 * The one bridge from the database to Svelte runes. `live(() => { const id = ...; return
 * () => query(id) })`: the outer function runs inside an effect, so the reactive values it
 * reads (route parameters...) are tracked and the query restarts when they change; the inner
 * function is the query, run again whenever Dexie reports stored data changed, in this tab or
 * another one (Dexie's 'storagemutated' event, the signal its own liveQuery() is built on).
 *
 * Why not liveQuery() itself: it re-runs only for the ranges it saw read, and it follows reads
 * through Dexie's async "zone", which is lost in some chains of nested async functions (our
 * plan query lost it and never refreshed). Re-running on every change is exact and cheap here:
 * one query per screen, and only the latest answer is kept.
 */
import Dexie from 'dexie';

export class LiveValue<T> {
  value = $state.raw<T | undefined>(undefined);
  error = $state.raw<unknown>(undefined);
  loaded = $state(false);
}

/** Must be called while a component initialises (it creates an effect). */
export function live<T>(makeQuery: () => () => Promise<T>): LiveValue<T> {
  const result = new LiveValue<T>();
  $effect(() => {
    const query = makeQuery();
    let latest = 0;
    let stopped = false;
    const refresh = () => {
      const run = ++latest;
      const current = () => !stopped && run === latest;
      query().then(
        (value) => {
          if (!current()) return;
          result.value = value;
          result.error = undefined;
          result.loaded = true;
        },
        (error: unknown) => {
          if (!current()) return;
          result.error = error;
          result.loaded = true;
        },
      );
    };
    refresh();
    Dexie.on('storagemutated', refresh);
    return () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(refresh);
    };
  });
  return result;
}
