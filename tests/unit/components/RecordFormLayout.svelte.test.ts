/*
 * The frame of the record form screens, with a form of its own: what it shows around the
 * screen's fields, and that its buttons run the form's save and cancel.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RecordFormLayout from '../../../src/lib/components/forms/RecordFormLayout.svelte';
import { RecordForm } from '../../../src/lib/forms/record-form.svelte.ts';

type R = { id: string; title: string };
const fields = createRawSnippet(() => ({ render: () => '<label>Titre <input name="title"></label>' }));
const record: R = { id: 'p/d1', title: 'Convocation' };

function openForm(title = 'Convocation') {
  const update = vi.fn(async () => undefined);
  let form!: RecordForm<{ title: string }, R>;
  const leave = $effect.root(() => {
    form = new RecordForm({
      kind: 'document',
      record,
      toValues: () => ({ title }),
      validate: (v) => (v.title ? {} : { title: 'Champ obligatoire' }),
      planId: 'p',
      update,
      savedTo: (id) => `#/documents/${id}`,
      back: () => '#/documents',
    });
  });
  flushSync();
  return { form, update, leave };
}

afterEach(() => {
  localStorage.clear();
  location.hash = '';
});

describe('RecordFormLayout', () => {
  it('frames the fields with the heading, save and cancel, and a danger zone when removal is offered', async () => {
    const { form, update, leave } = openForm();
    const onremove = vi.fn();
    render(RecordFormLayout, {
      form,
      heading: 'Modifier le document',
      labels: { title: 'Titre' },
      fields,
      removal: { hints: ['Les mentions restent.'], label: 'Supprimer le document', onremove },
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Modifier le document');
    expect(screen.getByLabelText('Titre')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer le document' }));
    expect(onremove).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await vi.waitFor(() => expect(update).toHaveBeenCalledOnce());
    expect(location.hash).toBe('#/documents/p/d1');
    leave();
  });

  it('says what is wrong on a refused save, and cancels to where the screen says', async () => {
    const { form, update, leave } = openForm('');
    render(RecordFormLayout, { form, heading: 'Modifier le document', labels: { title: 'Titre' }, fields });
    expect(screen.queryByText('Suppression')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByRole('alert').textContent).toContain('Corrigez les champs signalés');
    expect(update).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Abandonner' }));
    expect(location.hash).toBe('#/documents');
    leave();
  });

  it('shows "not found" instead of the form when the record does not exist', () => {
    const { form, leave } = openForm();
    render(RecordFormLayout, { form, heading: 'Modifier le document', labels: {}, fields, missing: 'Cet élément n’existe pas.' });
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).toBeNull();
    expect(screen.getByText('Cet élément n’existe pas.')).toBeTruthy();
    leave();
  });
});
