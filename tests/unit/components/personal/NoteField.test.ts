import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import NoteField from '../../../../src/lib/components/personal/NoteField.svelte';
import { seedAppDb } from '../app-db.ts';

const PLAN = mispaIII.plan.id;
const item = mispaIII.agendaItems[0]!;
const props = { id: 'note-x', planId: PLAN, kind: 'agendaItem' as const, recordId: item.id, label: 'Ma note sur ce point' };

describe('the note field', () => {
  it('saves as typed, after a pause, and says “Saved” politely', async () => {
    const db = await seedAppDb();
    render(NoteField, props);
    const field = screen.getByLabelText('Ma note sur ce point');
    await fireEvent.input(field, { target: { value: 'Voter pour' } });
    expect(await db.notes.count()).toBe(0); // not on every key
    await waitFor(async () => expect((await db.notes.get([PLAN, item.id]))?.text).toBe('Voter pour'), { timeout: 3000 });
    const status = document.getElementById('note-x-status')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(status.textContent).toBe('Enregistré'));
  });

  it('saves at once when the field is left, and when the page is hidden', async () => {
    const db = await seedAppDb();
    render(NoteField, props);
    const field = screen.getByLabelText('Ma note sur ce point');
    await fireEvent.input(field, { target: { value: 'Premier jet' } });
    await fireEvent.blur(field);
    await waitFor(async () => expect((await db.notes.get([PLAN, item.id]))?.text).toBe('Premier jet'), { timeout: 400 });
    await fireEvent.focus(field);
    await fireEvent.input(field, { target: { value: 'Second jet' } });
    dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await db.notes.get([PLAN, item.id]))?.text).toBe('Second jet'), { timeout: 400 });
  });

  it('shows the stored note, and one changed elsewhere while not typing', async () => {
    const db = await seedAppDb();
    await db.notes.put({ planId: PLAN, recordId: item.id, kind: 'agendaItem', text: 'Déjà là', updatedAt: '2024-01-01T00:00:00.000Z' });
    render(NoteField, props);
    const field = screen.getByLabelText<HTMLTextAreaElement>('Ma note sur ce point');
    await waitFor(() => expect(field.value).toBe('Déjà là'));
    await db.notes.put({ planId: PLAN, recordId: item.id, kind: 'agendaItem', text: 'Restaurée', updatedAt: '2024-01-02T00:00:00.000Z' });
    await waitFor(() => expect(field.value).toBe('Restaurée'));
  });
});

describe('the note on paper', () => {
  it('is printed only when the user asked for it', async () => {
    const db = await seedAppDb();
    await db.notes.put({ planId: PLAN, recordId: item.id, kind: 'agendaItem', text: 'À imprimer', updatedAt: '2024-01-01T00:00:00.000Z' });
    const { container, rerender } = render(NoteField, props);
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>('Ma note sur ce point').value).toBe('À imprimer'));
    expect(container.querySelector('.print-copy')).toBeNull();
    await rerender({ ...props, print: true });
    expect(container.querySelector('.print-copy')?.textContent).toContain('À imprimer');
  });
});
