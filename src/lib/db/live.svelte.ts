/*
 * The one bridge from the database to Svelte runes. `live(() => { const id = ...; return
 * () => query(id) })`: the outer function runs inside an effect, so the reactive values it
 * reads (route parameters...) are tracked and the query restarts when they change; the inner
 * function is the query, run again whenever Dexie reports stored data changed, in this tab or
 * another one (Dexie's 'storagemutated' event, the signal its own liveQuery() is built on).
 *
 * Why not liveQuery() itself: it re-runs only for the ranges it saw read, and it follows reads
 * through Dexie's async "zone", which is lost in some chains of nested async functions (our
 * plan query lost it and never refreshed). Re-running on every change is exact; on a large plan
 * the query takes a while, so changes that arrive while it runs are coalesced into one more run.
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
    let stopped = false;
    const refresh = coalesced(() =>
      stopped ? Promise.resolve() : query().then(
        (value) => {
          if (stopped) return;
          result.value = value;
          result.error = undefined;
          result.loaded = true;
        },
        (error: unknown) => {
          if (stopped) return;
          result.error = error;
          result.loaded = true;
        },
      ),
    );
    refresh();
    Dexie.on('storagemutated', refresh);
    return () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(refresh);
    };
  });
  return result;
}

/**
 * `run` one at a time: a signal while it runs only marks it dirty, and one more run follows
 * when it ends, however many signals came (a burst of 50 writes costs two queries, not 51).
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
