import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { draftKeys, loadDraft } from '../../../src/lib/forms/drafts.ts';
import { FormState } from '../../../src/lib/forms/form-state.svelte.ts';
import { unsaved } from '../../../src/lib/forms/unsaved.svelte.ts';

type V = { title: string; date: string };
const validate = (v: V) => ({ ...(v.title.trim() ? {} : { title: 'Champ obligatoire' }) });

afterEach(() => localStorage.clear());

describe('FormState', () => {
  it('keeps a draft of unsaved input and restores it in a new form (reload, crash)', () => {
    const form = new FormState<V>('meeting:m1', { title: 'A', date: '2011-09-15' }, validate);
    expect(form.restored).toBe(false);
    form.values.date = '2011-09-16';
    form.sync();
    expect(unsaved.any).toBe(true);
    expect(loadDraft<V>('meeting:m1')?.values).toEqual({ title: 'A', date: '2011-09-16' });

    const afterReload = new FormState<V>('meeting:m1', { title: 'A', date: '2011-09-15' }, validate);
    expect(afterReload.restored).toBe(true);
    expect(afterReload.values.date).toBe('2011-09-16');
    afterReload.close();
    expect(draftKeys()).toEqual([]);
    expect(unsaved.any).toBe(false);
  });

  it('drops the draft when the input is back to what is stored', () => {
    const form = new FormState<V>('meeting:m2', { title: 'A', date: '2011-09-15' }, validate);
    form.values.title = 'B';
    form.sync();
    form.values.title = 'A';
    form.sync();
    expect(draftKeys()).toEqual([]);
    expect(form.dirty).toBe(false);
  });

  it('shows an error as soon as the user changes the field, or after a save attempt', () => {
    const form = new FormState<V>('meeting:m3', { title: 'A', date: '2011-09-15' }, validate);
    flushSync();
    form.values.title = '';
    expect(form.valid).toBe(false);
    expect(form.errorOf('title')).toBe('Champ obligatoire');
    form.values.title = 'Ok';
    expect(form.errorOf('title')).toBeUndefined();
    expect(form.valid).toBe(true);
  });

  it('does not flag an untouched empty field until a save is attempted', () => {
    const form = new FormState<V>('meeting:m4', { title: '', date: '2011-09-15' }, validate);
    expect(form.valid).toBe(false);
    expect(form.errorOf('title')).toBeUndefined();
    form.submitted = true;
    expect(form.errorOf('title')).toBe('Champ obligatoire');
  });
});

describe('FormState.submit', () => {
  it('refuses an invalid form without calling save, and shows its errors', async () => {
    const form = new FormState<V>('meeting:s1', { title: '', date: '2011-09-15' }, validate);
    let calls = 0;
    expect(await form.submit(async () => (++calls, true))).toBe(false);
    expect(calls).toBe(0);
    expect(form.errorOf('title')).toBe('Champ obligatoire');
  });

  it('drops the draft after a successful save, keeps it after a failed one', async () => {
    const form = new FormState<V>('meeting:s2', { title: 'A', date: '2011-09-15' }, validate);
    form.values.title = 'B';
    form.sync();
    expect(await form.submit(async () => false)).toBe(false);
    expect(loadDraft<V>('meeting:s2')?.values.title).toBe('B');
    expect(form.busy).toBe(false);
    expect(await form.submit(async () => true)).toBe(true);
    expect(draftKeys()).toEqual([]);
  });
});
