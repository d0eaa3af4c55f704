import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import MandateFormScreen from '../../../src/lib/components/plan-edit/MandateFormScreen.svelte';
import { db } from '../../../src/lib/db/db.ts';
import { loadDraft, saveDraft } from '../../../src/lib/forms/drafts.ts';
import { commandsOn, seedAppDb } from './app-db.ts';

const M5 = 'mispa-iii/m5';
const RES = 'mispa-iii/res-2629';
const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLTextAreaElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

afterEach(() => {
  localStorage.clear();
  location.hash = '';
  vi.unstubAllGlobals();
});

describe('MandateFormScreen', () => {
  it('opens with the mandate as stored: text, one body per line, status, the flag and its note', () => {
    render(MandateFormScreen, { bundle: mispaIII, id: M5 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Modifier le mandat 5');
    expect(field('Texte du mandat').value).toContain('De constituer');
    expect(field('Secteurs responsables').value).toBe('CSH');
    expect((screen.getByLabelText('Avancement') as HTMLSelectElement).value).toBe('pending');
    expect((screen.getByLabelText('À confirmer par le groupe') as HTMLInputElement).checked).toBe(true);
    expect(field('Ce qui est à confirmer').value).toContain('six cellules');
  });

  it('validates as the user types, refuses to save while invalid, and loses nothing typed', async () => {
    render(MandateFormScreen, { bundle: mispaIII, id: M5 });
    await fireEvent.input(field('Texte du mandat'), { target: { value: '  ' } });
    await fireEvent.blur(field('Texte du mandat'));
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();

    const long = 'x'.repeat(301);
    await fireEvent.input(field('Secteurs responsables'), { target: { value: `CSH\n\n${long}` } });
    await fireEvent.blur(field('Secteurs responsables'));
    expect(screen.getByText('Ligne 3 : Ce texte est trop long : 300 caractères au plus.')).toBeTruthy();

    await save();
    expect(screen.getByRole('alert').textContent).toContain('Corrigez les champs signalés');
    expect(location.hash).toBe('');
    expect(field('Secteurs responsables').value).toBe(`CSH\n\n${long}`);
    expect(field('Secteurs responsables').getAttribute('aria-invalid')).toBe('true');
    expect(loadDraft<{ responsible: string }>(`mandate:${M5}`)?.values.responsible).toBe(`CSH\n\n${long}`);
  });

  it('hides the note while the flag is cleared', async () => {
    render(MandateFormScreen, { bundle: mispaIII, id: M5 });
    await fireEvent.click(screen.getByLabelText('À confirmer par le groupe'));
    expect(screen.queryByLabelText('Ce qui est à confirmer')).toBeNull();
  });

  it('restores unsaved input left by a reload or a crash', () => {
    saveDraft(`mandate:${M5}`, { responsible: 'CSH\nSecrétariat', toBeConfirmed: false });
    render(MandateFormScreen, { bundle: mispaIII, id: M5 });
    expect(screen.getByRole('status').textContent).toContain('Saisie non enregistrée retrouvée');
    expect(field('Secteurs responsables').value).toBe('CSH\nSecrétariat');
    expect((screen.getByLabelText('À confirmer par le groupe') as HTMLInputElement).checked).toBe(false);
    expect(field('Texte du mandat').value).toContain('De constituer'); // the rest as stored
  });

  it('says plainly when the mandate or the resolution does not exist', () => {
    render(MandateFormScreen, { bundle: mispaIII, id: 'mispa-iii/m99' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page introuvable');
  });
});

describe('MandateFormScreen saving', () => {
  beforeEach(async () => {
    await seedAppDb();
  });

  it('saves an edit through updateMandate, then goes back to the mandate on the plan', async () => {
    render(MandateFormScreen, { bundle: mispaIII, id: M5 });
    await fireEvent.click(screen.getByLabelText('À confirmer par le groupe'));
    await fireEvent.input(field('Secteurs responsables'), { target: { value: ' CSH \n\nSecrétariat à la sécurité multidimensionnelle\n' } });
    await fireEvent.change(screen.getByLabelText('Avancement'), { target: { value: 'in-progress' } });
    await save();
    await waitFor(() => expect(location.hash).toBe(`#/plan/${encodeURIComponent(M5)}`));

    const m = await db.mandates.get(M5);
    expect(m?.toBeConfirmed).toBe(false);
    expect(m?.confirmationNote).toBeUndefined();
    expect(m?.status).toBe('in-progress');
    expect(m?.responsible).toEqual([
      { lang: 'fr', text: 'CSH' },
      { lang: 'fr', text: 'Secrétariat à la sécurité multidimensionnelle' },
    ]);
    expect(await commandsOn(M5)).toEqual(['updateMandate']);
    expect(loadDraft(`mandate:${M5}`)).toBeUndefined();
  });

  it('adds a mandate at the end of the resolution through addMandate', async () => {
    render(MandateFormScreen, { bundle: mispaIII, parent: RES });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nouveau mandat');
    await save();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    await fireEvent.input(field('Texte du mandat'), { target: { value: 'De faire rapport.' } });
    await save();
    await waitFor(() => expect(location.hash).toMatch(/^#\/plan\//));

    const added = (await db.mandates.where({ resolutionId: RES }).sortBy('order')).at(-1)!;
    expect(added.text.text).toBe('De faire rapport.');
    expect(added.order).toBe(7);
    expect(added.responsible).toEqual([]);
    expect(location.hash).toBe(`#/plan/${encodeURIComponent(added.id)}`);
    expect(await commandsOn(added.id)).toEqual(['addMandate']);
  });

  it('removes the mandate after asking', async () => {
    const ask = vi.fn(() => true);
    vi.stubGlobal('confirm', ask);
    render(MandateFormScreen, { bundle: mispaIII, id: M5 });
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer ce mandat' }));
    expect(ask).toHaveBeenCalledWith('Supprimer le mandat 5 ? Vous pourrez annuler juste après.');
    await waitFor(() => expect(location.hash).toBe(`#/plan/${encodeURIComponent(RES)}`));
    expect(await db.mandates.get(M5)).toBeUndefined();
    expect(await commandsOn(M5)).toEqual(['removeMandate']);
  });
});
