/*
 * The state of one edit form: its values (restored from a draft when one exists), whether
 * they differ from what is stored, the validation errors as the user types, and the draft
 * kept on every change. Components create one per open form and call `save` / `discard`.
 */
import { untrack } from 'svelte';
import { discardDraft, loadDraft, saveDraft } from './drafts.ts';
import { unsaved } from './unsaved.svelte.ts';

export type Errors<V> = Partial<Record<keyof V & string, string>>;

export class FormState<V extends Record<string, unknown>> {
  values: V = $state() as V;
  /** Fields the user has left at least once (an error shows there even if nothing was typed). */
  touched = $state<Partial<Record<keyof V & string, boolean>>>({});
  submitted = $state(false);
  /** A save is under way (the save button is disabled meanwhile). */
  busy = $state(false);
  readonly restored: boolean;
  readonly #initial: string;
  readonly #initialValues: V;

  constructor(
    readonly key: string,
    initial: V,
    readonly validate: (values: V) => Errors<V>,
  ) {
    const draft = loadDraft<V>(key);
    this.restored = draft !== undefined;
    this.values = { ...initial, ...(draft ?? {}) };
    this.#initial = JSON.stringify(initial);
    this.#initialValues = initial;
  }

  get errors(): Errors<V> {
    return this.validate(this.values);
  }
  get valid(): boolean {
    return Object.keys(this.errors).length === 0;
  }
  get dirty(): boolean {
    return JSON.stringify(this.values) !== this.#initial;
  }

  /**
   * The error to show for a field: as soon as the user changed it (validation as they type),
   * once they left it, or after a save attempt. Errors appear while typing rather than on
   * leaving a field, so a tap on "save" never lands on a button that just moved.
   */
  errorOf(field: keyof V & string): string | undefined {
    const changed = this.values[field] !== this.#initialValues[field];
    return changed || this.touched[field] || this.submitted ? this.errors[field] : undefined;
  }

  /**
   * Keeps the draft and the unsaved marker in step with the values (call from an effect).
   * Only the values are tracked: the marker is written untracked, so closing the form after
   * a save does not re-run this and mark it unsaved again.
   */
  sync(): void {
    const dirty = this.dirty;
    const snapshot = $state.snapshot(this.values);
    untrack(() => {
      unsaved.mark(this.key, dirty);
      if (dirty) saveDraft(this.key, snapshot);
      else discardDraft(this.key);
    });
  }

  /**
   * One save attempt: refused while the input is invalid (the errors then show) or a save is
   * already under way; once `save` reports success, the draft is dropped.
   */
  async submit(save: () => Promise<boolean>): Promise<boolean> {
    this.submitted = true;
    if (!this.valid || this.busy) return false;
    this.busy = true;
    try {
      const ok = await save();
      if (ok) this.close();
      return ok;
    } finally {
      this.busy = false;
    }
  }

  /** Forget the draft (after a save, or when the user discards the input). */
  close(): void {
    discardDraft(this.key);
    unsaved.mark(this.key, false);
  }
}
