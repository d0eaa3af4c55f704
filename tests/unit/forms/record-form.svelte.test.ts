import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordChangedError } from '../../../src/lib/db/commands/errors.ts';
import { draftKeys, loadDraft } from '../../../src/lib/forms/drafts.ts';
import { RecordForm, type RecordFormSpec } from '../../../src/lib/forms/record-form.svelte.ts';
import { unsaved } from '../../../src/lib/forms/unsaved.svelte.ts';

type R = { id: string; title: string };
type V = { title: string };
const stored: R = { id: 'p/d1', title: 'Convocation' };

/** A form as a screen opens it (inside an effect root, which stands for the component); `leave` closes the screen. */
function open(overrides: Partial<RecordFormSpec<V, R>> = {}) {
  const update = vi.fn(async () => undefined);
  const add = vi.fn(async () => ({ id: 'p/new' }));
  let form!: RecordForm<V, R>;
  const leave = $effect.root(() => {
    form = new RecordForm<V, R>({
      kind: 'document',
      record: stored,
      addTo: 'p',
      toValues: (r) => ({ title: r?.title ?? '' }),
      validate: (v) => (v.title.trim() ? {} : { title: 'Champ obligatoire' }),
      planId: 'p',
      update,
      add,
      added: 'Ajouté',
      savedTo: (id) => `#/documents/${id}`,
      back: () => '#/documents',
      ...overrides,
    });
  });
  flushSync();
  return { form, update, add, leave };
}

afterEach(() => {
  localStorage.clear();
  location.hash = '';
  vi.unstubAllGlobals();
});

describe('RecordForm', () => {
  it('keeps a draft per record (or per place a record is added) while open, and drops it on leaving', () => {
    const { form, leave } = open();
    form.values.title = 'Convocation révisée';
    flushSync();
    expect(loadDraft<V>('document:p/d1')?.values).toEqual({ title: 'Convocation révisée' });
    expect(unsaved.any).toBe(true);
    leave();
    expect(draftKeys()).toEqual([]);
    expect(unsaved.any).toBe(false);
    const added = open({ record: undefined });
    expect(added.form.key).toBe('document-new:p');
    added.leave();
  });

  it('saves an edit against the version it opened, then goes where the screen says', async () => {
    const { form, update, leave } = open();
    form.values.title = 'Convocation révisée';
    await form.save();
    expect(update).toHaveBeenCalledWith({ title: 'Convocation révisée' }, stored, stored);
    expect(location.hash).toBe('#/documents/p/d1');
    expect(draftKeys()).toEqual([]);
    leave();
  });

  it('refuses invalid input, and adds a new record through its command', async () => {
    const { form, add, leave } = open({ record: undefined });
    await form.save();
    expect(add).not.toHaveBeenCalled();
    expect(form.errorOf('title')).toBe('Champ obligatoire');
    form.values.title = 'Ordre du jour';
    await form.save();
    expect(add).toHaveBeenCalledWith({ title: 'Ordre du jour' });
    expect(location.hash).toBe('#/documents/p/new');
    leave();
  });

  it('holds a conflict when the record changed elsewhere, and stays on the form', async () => {
    const current = { ...stored, title: 'Convocation (autre onglet)' };
    const update = vi.fn(async () => Promise.reject(new RecordChangedError('documents', stored.id, current)));
    const { form, leave } = open({ update });
    form.values.title = 'Convocation révisée';
    await form.save();
    expect(form.conflict?.stored).toEqual({ title: 'Convocation (autre onglet)' });
    expect(location.hash).toBe('');
    leave();
  });

  it('cancels to where the user came from, and removes only once the user confirms', async () => {
    const { form, leave } = open();
    form.values.title = 'x';
    flushSync();
    form.cancel();
    expect(location.hash).toBe('#/documents');
    expect(draftKeys()).toEqual([]);
    const work = vi.fn(async () => undefined);
    vi.stubGlobal('confirm', () => false);
    await form.remove({ question: 'Supprimer ?', work, done: 'Supprimé', to: '#/plan' });
    expect(work).not.toHaveBeenCalled();
    vi.stubGlobal('confirm', () => true);
    await form.remove({ question: 'Supprimer ?', work, done: 'Supprimé', to: '#/plan' });
    expect(work).toHaveBeenCalled();
    expect(location.hash).toBe('#/plan');
    leave();
  });

  it('marks a field as left, so its error shows before anything is typed', () => {
    const { form, leave } = open({ record: undefined });
    expect(form.errorOf('title')).toBeUndefined();
    form.touch('title')();
    expect(form.errorOf('title')).toBe('Champ obligatoire');
    leave();
  });
});
