/* The calendar's page of agendas (a module of the calendar's, not of the first screen). */
import { agendaOf } from '../domain/calendar-window.ts';
import type { AgendaItem, Id, Meeting } from '../domain/types.ts';
import { live } from './live.svelte.ts';

/**
 * The agendas of a page of meetings (the calendar's), each in order: read by meeting, so a
 * page of 36 meetings reads their items only, not the plan's 20,000, and re-reads when one of
 * them changes. Empty lists until read.
 */
export class PageAgendasState {
  readonly #live;

  constructor(meetings: () => readonly Meeting[]) {
    this.#live = live(() => {
      const page = meetings();
      return (reads, db) =>
        db.transaction('r', db.agendaItems, async () => {
          const ids = page.map((m) => m.id);
          const items = await db.agendaItems.where('meetingId').anyOf(ids).toArray();
          reads.keys(db.agendaItems, 'meetingId', ids);
          reads.keys(
            db.agendaItems,
            '',
            items.map((item) => item.id),
          );
          return agendaOf(page, items);
        });
    });
  }

  /** The agenda of `meetingId`, in order; empty until read. */
  of(meetingId: Id): AgendaItem[] {
    return this.#live.value?.get(meetingId) ?? [];
  }

  /** False until the page's agendas have been read once. */
  get loaded(): boolean {
    return this.#live.loaded;
  }
}
