/*
 * What screens read of the user's own data: a plan's marks (with the meetings they follow and
 * what changed since the user last saw them), one record's note, a plan's notes. Live queries
 * (live.svelte.ts) that start once the database is open: on the first screen a mark simply
 * arrives a moment after the overview, which is drawn without Dexie.
 */
import type { Mark, MarkChange, Note } from '../domain/personal.ts';
import type { AgendaItem, Id, Meeting } from '../domain/types.ts';
import { live } from './live.svelte.ts';
import { readMarks, readNote, readNotes } from './personal-reads.ts';

export class MarksState {
  readonly #live;

  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return async (reads, db) => (id === undefined ? undefined : readMarks(db, reads, id));
    });
  }

  get loaded(): boolean {
    return this.#live.loaded;
  }

  get marks(): Mark[] {
    return this.#live.value?.marks ?? [];
  }

  isMine(recordId: Id): boolean {
    return this.marks.some((m) => m.recordId === recordId);
  }

  /** Marked meetings and items whose meeting moved, was cancelled or removed since last seen. */
  get changes(): MarkChange[] {
    return this.#live.value?.changes ?? [];
  }

  /** The meetings the marks follow (marked ones, and those of marked agenda items). */
  get meetings(): Meeting[] {
    return [...(this.#live.value?.meetings.values() ?? [])];
  }

  meeting(id: Id): Meeting | undefined {
    return this.#live.value?.meetings.get(id);
  }

  item(id: Id): AgendaItem | undefined {
    return this.#live.value?.items.get(id);
  }
}

export class NoteState {
  readonly #live;

  constructor(planId: () => Id, recordId: () => Id) {
    this.#live = live(() => {
      const plan = planId();
      const record = recordId();
      return (reads, db) => readNote(db, reads, plan, record);
    });
  }

  get loaded(): boolean {
    return this.#live.loaded;
  }

  get note(): Note | undefined {
    return this.#live.value ?? undefined;
  }
}

export class PlanNotesState {
  readonly #live;

  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return async (reads, db) => (id === undefined ? [] : readNotes(db, reads, id));
    });
  }

  get notes(): Note[] {
    return this.#live.value ?? [];
  }
}

/** Whether the user asked for their notes on paper (for this screen only: never printed by default). */
export class PrintChoice {
  notes = $state(false);
}
