/*
 * A one-field form under a list that adds a line at its end (an agenda item, a paragraph):
 * what is typed is kept as a draft until it is added, then the field empties for the next one.
 * A screen creates one while it initialises (the effects belong to it).
 */
import { perform } from '../components/shared/perform.ts';
import { FormState, holdWhileOpen, type Errors } from './form-state.svelte.ts';

export class LineForm<V extends { text: string }> extends FormState<V> {
  constructor(key: string, values: V, validate: (values: V) => Errors<V>) {
    super(key, values, validate);
    holdWhileOpen(this);
  }

  /** Adds the line through `work` unless the input is invalid or an add is under way. */
  async add(planId: string, work: () => Promise<unknown>, done: string): Promise<void> {
    this.submitted = true;
    if (!this.valid || this.busy) return;
    this.busy = true;
    try {
      if (await perform(planId, work, done)) {
        this.values.text = '';
        this.submitted = false;
        this.close();
      }
    } finally {
      this.busy = false;
    }
  }
}
