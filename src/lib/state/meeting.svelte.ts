/*
 * What a meeting's screen shows, as three live queries sized to what changes together: the
 * meeting with its agenda and its source section (an outcome marked re-reads only these), the
 * plan's meetings (for the previous and next links) and the plan's documents (links in agenda
 * items). A write elsewhere in the plan (another meeting's agenda...) re-reads none of them.
 */
import { neighbours } from '../domain/meetings.ts';
import type { AgendaItem, DocumentRef, Id, Meeting, Section } from '../domain/types.ts';
import { live } from './live.svelte.ts';
import { readDocumentsOf, readMeeting, readMeetingsOf } from './meeting-reads.ts';

export class MeetingState {
  readonly #meeting;
  readonly #meetings;
  readonly #documents;

  constructor(planId: () => Id, meetingId: () => Id) {
    this.#meeting = live(() => {
      const id = meetingId();
      return (reads, db) => readMeeting(db, reads, id);
    });
    this.#meetings = live(() => {
      const id = planId();
      return (reads, db) => readMeetingsOf(db, reads, id);
    });
    this.#documents = live(() => {
      const id = planId();
      return (reads, db) => readDocumentsOf(db, reads, id);
    });
  }

  /** False until everything the screen shows has been read (the meeting found or not). */
  get loaded(): boolean {
    return this.#meeting.loaded && this.#meetings.loaded && this.#documents.loaded;
  }

  get meeting(): Meeting | undefined {
    return this.#meeting.value?.meeting;
  }

  get agenda(): AgendaItem[] {
    return this.#meeting.value?.agenda ?? [];
  }

  get around(): { previous?: Meeting; next?: Meeting } {
    return neighbours(this.#meetings.value ?? [], this.meeting?.id ?? '');
  }

  get documents(): DocumentRef[] {
    return this.#documents.value ?? [];
  }

  get source(): Section | undefined {
    return this.#meeting.value?.source;
  }
}
