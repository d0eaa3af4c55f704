/*
 * What the calendar-export controls show: the reminder chosen on this device (a setting in
 * `meta`) and, for a plan, what was last exported of each meeting (`icalExports`).
 */
import { icalExportsOf } from '../db/ical-exports.ts';
import { getSetting, type Settings } from '../db/settings.ts';
import type { IcalExportRecord, Id } from '../domain/types.ts';
import { live } from './live.svelte.ts';

export class ReminderState {
  readonly #live = live(() => (reads, db) => (reads.keys(db.meta, '', ['setting:icalReminder']), getSetting(db, 'icalReminder')));

  /** Undefined until read. */
  get value(): Settings['icalReminder'] | undefined {
    return this.#live.value;
  }
}

export class IcalExportsState {
  readonly #live;

  constructor(planId: () => Id) {
    this.#live = live(() => {
      const id = planId();
      return (reads, db) => (reads.table(db.icalExports), icalExportsOf(db, id));
    });
  }

  get loaded(): boolean {
    return this.#live.loaded;
  }

  get exports(): IcalExportRecord[] | undefined {
    return this.#live.value;
  }
}
