import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftKeys, loadDraft } from '../../../src/lib/forms/drafts.ts';
import { LineForm } from '../../../src/lib/forms/line-form.svelte.ts';

type V = { text: string };
const validate = (v: V) => (v.text.trim() ? {} : { text: 'Champ obligatoire' });

function open() {
  let form!: LineForm<V>;
  const leave = $effect.root(() => {
    form = new LineForm<V>('paragraph-new:s1', { text: '' }, validate);
  });
  flushSync();
  return { form, leave };
}

afterEach(() => localStorage.clear());

describe('LineForm', () => {
  it('keeps what is typed as a draft, adds it, then empties for the next line', async () => {
    const { form, leave } = open();
    form.values.text = 'Un paragraphe';
    flushSync();
    expect(loadDraft<V>('paragraph-new:s1')?.values).toEqual({ text: 'Un paragraphe' });
    const work = vi.fn(async () => undefined);
    await form.add('p', work, 'Ajouté');
    expect(work).toHaveBeenCalledOnce();
    expect(form.values.text).toBe('');
    expect(form.submitted).toBe(false);
    flushSync();
    expect(draftKeys()).toEqual([]);
    leave();
  });

  it('adds nothing while the line is empty, and shows why', async () => {
    const { form, leave } = open();
    const work = vi.fn(async () => undefined);
    await form.add('p', work, 'Ajouté');
    expect(work).not.toHaveBeenCalled();
    expect(form.submitted).toBe(true);
    expect(form.errors.text).toBe('Champ obligatoire');
    leave();
  });

  it('keeps the line when the command fails (the reason is shown)', async () => {
    const { form, leave } = open();
    form.values.text = 'Un paragraphe';
    await form.add('p', () => Promise.reject(new Error('disk full')), 'Ajouté');
    expect(form.values.text).toBe('Un paragraphe');
    leave();
  });
});
