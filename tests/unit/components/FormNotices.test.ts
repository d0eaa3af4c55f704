/*
 * The edit forms' notices, through a real screen and the real commands: a save over a
 * change made elsewhere shows both versions field by field and stores nothing until the
 * user chooses; another (gone) window's input is offered, not restored.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import DocumentFormScreen from '../../../src/lib/components/plan-edit/DocumentFormScreen.svelte';
import { updateDocumentRef } from '../../../src/lib/db/commands/index.ts';
import { draftStorageKey } from '../../../src/lib/forms/drafts.ts';
import { fr } from '../factories.ts';
import { T1 } from '../db/db-helpers.ts';
import { seedAppDb } from './app-db.ts';

const DOC = 'mispa-iii/doc-cp-res-934';
const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
const button = (name: string) => screen.getByRole('button', { name });

afterEach(() => {
  localStorage.clear();
  location.hash = '';
});

describe('a save over a change made in another tab', () => {
  it('shows yours and the stored version, saves nothing, then stores mine when asked', async () => {
    const db = await seedAppDb();
    render(DocumentFormScreen, { bundle: mispaIII, id: DOC });
    await fireEvent.input(field('Titre'), { target: { value: 'Mon titre' } });
    await updateDocumentRef(db, DOC, { title: fr('Leur titre') }, T1);

    await fireEvent.click(button('Enregistrer'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Modifié entre-temps');
    const rows = within(alert)
      .getAllByRole('definition')
      .map((d) => [...d.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Votre saisie', 'Mon titre'],
      ['Enregistré maintenant', 'Leur titre'],
    ]);
    expect((await db.documents.get(DOC))?.title?.text).toBe('Leur titre');

    await fireEvent.click(within(alert).getByRole('button', { name: 'Garder ma saisie et l’enregistrer' }));
    await waitFor(async () => expect((await db.documents.get(DOC))?.title?.text).toBe('Mon titre'));
    expect(location.hash).toContain('#/documents');
  });

  it('takes the stored version, or keeps editing on the new base', async () => {
    const db = await seedAppDb();
    render(DocumentFormScreen, { bundle: mispaIII, id: DOC });
    await fireEvent.input(field('Titre'), { target: { value: 'Mon titre' } });
    await updateDocumentRef(db, DOC, { title: fr('Leur titre') }, T1);
    await fireEvent.click(button('Enregistrer'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Continuer à modifier' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field('Titre').value).toBe('Mon titre');

    await updateDocumentRef(db, DOC, { symbol: 'CP/RES. 934 (1644/08) rev.1' }, T1);
    await fireEvent.click(button('Enregistrer'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Prendre la version enregistrée' }));
    expect(field('Cote').value).toBe('CP/RES. 934 (1644/08) rev.1');
    expect(field('Titre').value).toBe('Leur titre');
  });
});

describe('input another window left', () => {
  it('is offered with its fields, and restored only when asked', async () => {
    await seedAppDb();
    localStorage.setItem(
      draftStorageKey(`document:${DOC}`, 'gone'),
      JSON.stringify({ values: { symbol: 'CP/RES. 934 (1644/08)', title: 'Titre d’ailleurs' }, at: 1 }),
    );
    render(DocumentFormScreen, { bundle: mispaIII, id: DOC });
    const offer = screen.getByRole('region', { name: 'Saisie non enregistrée d’une autre fenêtre' });
    expect(field('Titre').value).not.toBe('Titre d’ailleurs');
    expect(within(offer).getByText('Titre d’ailleurs')).toBeTruthy();
    await fireEvent.click(within(offer).getByRole('button', { name: 'Reprendre cette saisie' }));
    expect(field('Titre').value).toBe('Titre d’ailleurs');
    expect(screen.queryByRole('region', { name: 'Saisie non enregistrée d’une autre fenêtre' })).toBeNull();
  });
});
