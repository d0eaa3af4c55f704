/*
 * One meeting's agenda in order, for the first screen (the next meeting's summary, the
 * meeting of the day): it re-reads when an item of that meeting changes, and only then.
 */
import { sortByOrder } from '../domain/agenda.ts';
import type { AgendaItem, Id } from '../domain/types.ts';
import { earlyAgenda } from './early-reads.ts';
import { live } from './live.svelte.ts';
import { whereIn } from './reads.ts';

export class AgendaState {
  readonly #live;

  /** `meetingId()` undefined: no meeting, no agenda. */
  constructor(meetingId: () => Id | undefined) {
    this.#live = live(
      () => {
        const id = meetingId();
        return async (reads, db) => (id === undefined ? [] : sortByOrder(await whereIn(reads, db.agendaItems, 'meetingId', id)));
        // Before the database opens: as read without Dexie (the first screen).
      },
      () => {
        const id = meetingId();
        return id === undefined ? Promise.resolve([]) : earlyAgenda(id);
      },
    );
  }

  /** Empty until read. */
  get items(): AgendaItem[] {
    return this.#live.value ?? [];
  }
}
