/*
 * The one bridge from Dexie live queries to Svelte runes. `live(() => { const id = ...; return
 * () => query(id) })`: the outer function runs inside an effect, so the reactive values it
 * reads (route parameters...) are tracked and the query restarts when they change; the inner
 * function is the Dexie query, re-run by Dexie whenever the tables it read change (also when
 * another tab writes).
 */
import { liveQuery } from 'dexie';

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
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        result.value = value;
        result.error = undefined;
        result.loaded = true;
      },
      error: (error: unknown) => {
        result.error = error;
        result.loaded = true;
      },
    });
    return () => subscription.unsubscribe();
  });
  return result;
}
