/*
 * The state of one edit form: its values (restored from this tab's draft when one exists),
 * whether they differ from what is stored, the validation errors as the user types, the
 * draft kept on every change, input another (gone) tab left for the same form (offered,
 * never restored silently), and the record the input is based on. A save is given that base;
 * when the stored record changed since (another tab, an import, an undo) the command refuses
 * with a RecordChangedError and the form holds the conflict until the user chooses: keep
 * theirs, take the stored version, or edit further. Components create one per open form.
 */
import { untrack } from 'svelte';
import { sameValue } from '../domain/equal.ts';
import { discardDraft, dropStoredDraft, foreignDrafts, forgetGoneTabs, loadDraft, saveDraft, type ForeignDraft } from './drafts.ts';
import { unsaved } from './unsaved.svelte.ts';

/** One value a select field offers, with what the user reads for it. */
export type Choice = { value: string; label: string };

export type Errors<V> = Partial<Record<keyof V & string, string>>;

let tidied = false;

export type FormOptions<V, R> = {
  /** The stored record the form edits, as the form opened it; none for a new record. */
  base?: R;
  /** The form's values for a version of the record (to show and compare a conflicting one). */
  toValues?: (record: R) => V;
};

/** The stored version, when it changed since the form opened in a way the form shows. */
export type Conflict<V, R> = { current: R; stored: V };

export class FormState<V extends Record<string, unknown>, R = unknown> {
  values: V = $state() as V;
  /** Fields the user has left at least once (an error shows there even if nothing was typed). */
  touched = $state<Partial<Record<keyof V & string, boolean>>>({});
  submitted = $state(false);
  /** A save is under way (the save button is disabled meanwhile). */
  busy = $state(false);
  /** The record the input is based on: as opened, as the draft had it, or as last chosen. */
  base = $state.raw<R | undefined>();
  conflict = $state.raw<Conflict<V, R> | undefined>();
  /** Input another tab (gone now) or an earlier version left for this form. */
  offer = $state.raw<ForeignDraft<V> | undefined>();
  readonly restored: boolean;
  #initial = $state('');
  #initialValues: V;
  readonly #toValues?: (record: R) => V;

  constructor(
    readonly key: string,
    initial: V,
    readonly validate: (values: V) => Errors<V>,
    options: FormOptions<V, R> = {},
  ) {
    const draft = loadDraft<V>(key);
    this.restored = draft !== undefined;
    this.values = { ...initial, ...(draft?.values ?? {}) };
    this.base = draft && draft.base !== undefined ? (draft.base as R) : options.base;
    this.#initial = JSON.stringify(initial);
    this.#initialValues = initial;
    this.#toValues = options.toValues;
    this.offer = foreignDrafts<V>(key)[0];
    if (!tidied) {
      tidied = true;
      forgetGoneTabs();
    }
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
      if (dirty) saveDraft(this.key, snapshot, this.base);
      else discardDraft(this.key);
    });
  }

  /**
   * One save attempt: refused while the input is invalid (the errors then show) or a save is
   * already under way; `save` writes against `base`. Once it reports success the draft is
   * dropped. A record changed elsewhere only in what this form does not show (a translation,
   * an outcome) is taken as the new base and saved again; otherwise the conflict is kept.
   */
  async submit(save: (base: R | undefined) => Promise<boolean>): Promise<boolean> {
    this.submitted = true;
    if (!this.valid || this.busy) return false;
    this.busy = true;
    try {
      let ok: boolean;
      try {
        ok = await save(this.base);
      } catch (error) {
        const current = changedRecord<R>(error);
        if (current === undefined || !this.#toValues) throw error;
        const stored = this.#toValues(current);
        const opened = this.base === undefined ? undefined : this.#toValues(this.base);
        if (!sameValue(stored, opened)) {
          this.conflict = { current, stored };
          return false;
        }
        this.#rebase(current);
        ok = await save(this.base);
      }
      if (ok) this.close();
      return ok;
    } finally {
      this.busy = false;
    }
  }

  /** The user's answer to a conflict: their input stays (to save again or edit), or the stored version replaces it. */
  resolve(choice: 'mine' | 'stored'): void {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = undefined;
    this.#rebase(conflict.current);
    if (choice === 'stored') this.values = { ...conflict.stored };
  }

  /** Takes the offered input into the form (it becomes this tab's draft), or drops it. */
  answerOffer(restore: boolean): void {
    const offer = this.offer;
    if (!offer) return;
    if (restore) {
      this.values = { ...this.values, ...offer.values };
      if (offer.base !== undefined) this.base = offer.base as R;
    }
    dropStoredDraft(offer.storageKey);
    this.offer = foreignDrafts<V>(this.key)[0];
  }

  /** Forget the draft (after a save, or when the user discards the input). */
  close(): void {
    discardDraft(this.key);
    unsaved.mark(this.key, false);
  }

  #rebase(current: R): void {
    this.base = current;
    if (this.#toValues) {
      this.#initialValues = this.#toValues(current);
      this.#initial = JSON.stringify(this.#initialValues);
    }
    if (this.dirty) saveDraft(this.key, $state.snapshot(this.values), current);
  }
}

/**
 * Ties a form to the screen that shows it (call while the component initialises): the draft
 * and the unsaved marker follow the values, and leaving the screen (after the guard let the
 * user go) drops the input; a reload or a crash does not run this, so the draft survives.
 */
export function holdWhileOpen<V extends Record<string, unknown>, R>(form: FormState<V, R>): void {
  $effect(() => form.sync());
  $effect(() => () => untrack(() => form.close()));
}

/** The stored record a RecordChangedError carries, or undefined for any other error. */
function changedRecord<R>(error: unknown): R | undefined {
  const e = error as { name?: unknown; current?: unknown } | null;
  return e?.name === 'RecordChangedError' ? (e.current as R) : undefined;
}
