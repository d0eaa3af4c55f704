import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { draftKeys, draftStorageKey, loadDraft } from '../../../src/lib/forms/drafts.ts';
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

describe('FormState and other tabs', () => {
  type R = { id: string; title: string; date: string; note?: string };
  const toValues = (r: R): V => ({ title: r.title, date: r.date });
  const opened: R = { id: 'm', title: 'A', date: '2011-09-15' };
  const changed = (current: R) => Object.assign(new Error('changed'), { name: 'RecordChangedError', current });

  it('never restores a gone tab’s input by itself: offers it, then restores or discards it', () => {
    localStorage.setItem(draftStorageKey('meeting:o1', 'gone'), JSON.stringify({ values: { title: 'Autre fenêtre', date: '2011-09-15' }, at: 1 }));
    const form = new FormState<V, R>('meeting:o1', toValues(opened), validate, { base: opened, toValues });
    expect(form.restored).toBe(false);
    expect(form.values.title).toBe('A');
    expect(form.offer?.values.title).toBe('Autre fenêtre');
    form.answerOffer(true);
    expect(form.values.title).toBe('Autre fenêtre');
    expect(form.offer).toBeUndefined();
    expect(localStorage.getItem(draftStorageKey('meeting:o1', 'gone'))).toBeNull();

    localStorage.setItem(`quorum:draft:meeting:o2`, JSON.stringify({ title: 'Ancien format', date: '2011-09-15' }));
    const other = new FormState<V, R>('meeting:o2', toValues(opened), validate, { base: opened, toValues });
    expect(other.offer?.values.title).toBe('Ancien format');
    other.answerOffer(false);
    expect(other.values.title).toBe('A');
    expect(localStorage.getItem('quorum:draft:meeting:o2')).toBeNull();
  });

  it('keeps the record it was based on in the draft, so a reload still saves against it', async () => {
    const form = new FormState<V, R>('meeting:b1', toValues(opened), validate, { base: opened, toValues });
    form.values.title = 'Mine';
    form.sync();
    const stored: R = { ...opened, title: 'Stored' };
    const afterReload = new FormState<V, R>('meeting:b1', toValues(stored), validate, { base: stored, toValues });
    expect(afterReload.base).toEqual(opened);
    const bases: (R | undefined)[] = [];
    await afterReload.submit(async (base) => (bases.push(base), true));
    expect(bases).toEqual([opened]);
  });

  it('holds a conflict with the stored version, and saves nothing until the user chooses', async () => {
    const stored: R = { ...opened, title: 'Stored' };
    const form = new FormState<V, R>('meeting:c1', toValues(opened), validate, { base: opened, toValues });
    form.values.title = 'Mine';
    form.sync();
    expect(await form.submit(async () => Promise.reject(changed(stored)))).toBe(false);
    expect(form.conflict).toEqual({ current: stored, stored: { title: 'Stored', date: '2011-09-15' } });
    expect(form.values.title).toBe('Mine');
    expect(loadDraft<V>('meeting:c1')?.values.title).toBe('Mine');

    form.resolve('mine');
    expect(form.conflict).toBeUndefined();
    expect(form.base).toEqual(stored);
    const bases: (R | undefined)[] = [];
    expect(await form.submit(async (base) => (bases.push(base), true))).toBe(true);
    expect(bases).toEqual([stored]);
  });

  it('takes the stored version when asked, leaving nothing unsaved', async () => {
    const stored: R = { ...opened, title: 'Stored' };
    const form = new FormState<V, R>('meeting:c2', toValues(opened), validate, { base: opened, toValues });
    form.values.title = 'Mine';
    await form.submit(async () => Promise.reject(changed(stored)));
    form.resolve('stored');
    expect(form.values).toEqual({ title: 'Stored', date: '2011-09-15' });
    expect(form.dirty).toBe(false);
    form.sync();
    expect(draftKeys()).toEqual([]);
  });

  it('saves again by itself when the record changed only outside what the form shows', async () => {
    const stored: R = { ...opened, note: 'translation added elsewhere' };
    const form = new FormState<V, R>('meeting:c3', toValues(opened), validate, { base: opened, toValues });
    form.values.title = 'Mine';
    const bases: (R | undefined)[] = [];
    const ok = await form.submit(async (base) => {
      bases.push(base);
      if (base === opened) throw changed(stored);
      return true;
    });
    expect(ok).toBe(true);
    expect(bases).toEqual([opened, stored]);
    expect(form.conflict).toBeUndefined();
  });
});
