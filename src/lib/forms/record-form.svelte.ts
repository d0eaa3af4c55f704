/*
 * One record's edit form, as every form screen runs it (a meeting, the plan, a section, a
 * resolution, a mandate, a document): the form state (draft, validation, conflicts with a
 * record changed elsewhere — form-state.svelte.ts) kept in step with this tab's drafts and the
 * unsaved-input guard while the screen is open, and the three ways out: save through one
 * command (an update against the version the input is based on, or an add), cancel (the input
 * is dropped), remove (asked first). Each leads to an address the screen names. A screen gives
 * what differs — its values, its rules, its commands, its addresses — and creates one while it
 * initialises (the effects belong to it).
 */
import { perform } from '../components/shared/perform.ts';
import type { PlanBundle } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { FormState, holdWhileOpen, type Errors } from './form-state.svelte.ts';

export type RecordFormSpec<V, R extends { id: string }> = {
  /** What the form edits, naming its draft: "<kind>:<id>", or "<kind>-new:<where>" for a new record. */
  kind: string;
  /** The stored record the form edits, as the screen opened it; none for a new record. */
  record: R | undefined;
  /** Where a new record is added (the plan, a section, a resolution): a new draft per place. */
  addTo?: string;
  /** The form's values for a version of the record (none: a new record's). */
  toValues: (record: R | undefined) => V;
  validate: (values: V) => Errors<V>;
  /** The plan a saved change can be undone in. */
  planId: string;
  /**
   * Saves an edit: the patch is computed from `from` (the version the input is based on), and
   * the command refuses when the stored record is no longer `base`.
   */
  update: (values: V, from: R, base: R | undefined) => Promise<unknown>;
  /** Adds the record, with the confirmation to show; none where the form only edits. */
  add?: (values: V) => Promise<{ id: string }>;
  added?: string;
  /** Where a save leads, given the saved record's id. */
  savedTo: (id: string) => string;
  /** Where cancelling leads. */
  back: () => string;
};

/** What a form of the plan's text opens with: the record by `id` (edit), or where to add one (`parent`). */
export type PlanTextFormProps = { bundle: PlanBundle; id?: string; parent?: string };

export type Removal = { question: string; work: () => Promise<unknown>; done: string; to: string };

export class RecordForm<V extends Record<string, unknown>, R extends { id: string }> extends FormState<V, R> {
  readonly #spec: RecordFormSpec<V, R>;

  constructor(spec: RecordFormSpec<V, R>) {
    const { kind, record, toValues } = spec;
    const key = record ? `${kind}:${record.id}` : `${kind}-new:${spec.addTo ?? ''}`;
    super(key, toValues(record), spec.validate, { base: record, toValues });
    this.#spec = spec;
    holdWhileOpen(this);
  }

  /** Marks a field as left, so its error shows even if nothing was typed. */
  touch = (field: keyof V & string) => () => {
    this.touched[field] = true;
  };

  save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const { record, planId, add, update } = this.#spec;
    const done = record ? t('form.saved') : (this.#spec.added ?? t('form.saved'));
    let savedId = record?.id;
    const ok = await this.submit((base) =>
      perform(
        planId,
        async () => {
          if (record !== undefined) await update(this.values, base ?? record, base);
          else if (add) savedId = (await add(this.values)).id;
        },
        done,
      ),
    );
    if (ok && savedId) location.hash = this.#spec.savedTo(savedId);
  };

  cancel = (): void => {
    this.close();
    location.hash = this.#spec.back();
  };

  /** Removes the record once the user confirms, then leaves for `to`. */
  async remove({ question, work, done, to }: Removal): Promise<void> {
    if (!confirm(question)) return;
    if (await perform(this.#spec.planId, work, done)) {
      this.close();
      location.hash = to;
    }
  }
}
