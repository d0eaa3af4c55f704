import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import SectionFormScreen from '../../../src/lib/components/plan-edit/SectionFormScreen.svelte';
import { db } from '../../../src/lib/db/db.ts';
import { draftStorageKey, loadDraft, saveDraft } from '../../../src/lib/forms/drafts.ts';
import { commandsOn, seedAppDb } from './app-db.ts';

const S1 = 'mispa-iii/s1';
const S2 = 'mispa-iii/s2';
const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLTextAreaElement;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

afterEach(() => {
  localStorage.clear();
  location.hash = '';
  vi.unstubAllGlobals();
});

describe('SectionFormScreen', () => {
  it('edits the number, heading and signature, and lists the paragraphs with their tools', () => {
    const { container } = render(SectionFormScreen, { bundle: mispaIII, id: S2 });
    expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe('Modifier la section : II. MANDAT');
    expect(field('Numéro').value).toBe('II');
    expect(field('Intitulé').value).toBe('MANDAT');
    expect(field('Signature').value.split('\n')).toHaveLength(3);
    expect(container.querySelectorAll('ol.paragraphs > li')).toHaveLength(5);
    expect(button('Monter le paragraphe 1').disabled).toBe(true);
    expect(button('Descendre le paragraphe 5').disabled).toBe(true);
    expect(button('Descendre le paragraphe 1').disabled).toBe(false);
    expect(screen.getByText('La section est supprimée avec ses paragraphes.')).toBeTruthy();
  });

  it('says that removing a section removes its subsections', () => {
    render(SectionFormScreen, { bundle: mispaIII, id: S1 });
    expect(screen.getByText('La section est supprimée avec ses paragraphes et ses sous-sections (2) : MISPA-I, MISPA-II.')).toBeTruthy();
  });

  it('refuses to save a blank heading or a number too long, with the messages by field', async () => {
    render(SectionFormScreen, { bundle: mispaIII, id: S2 });
    await fireEvent.input(field('Intitulé'), { target: { value: '' } });
    await fireEvent.input(field('Numéro'), { target: { value: 'X'.repeat(21) } });
    await fireEvent.click(button('Enregistrer'));
    expect(screen.getByRole('alert').textContent).toContain('Corrigez les champs signalés');
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(screen.getByText('Ce texte est trop long : 20 caractères au plus.')).toBeTruthy();
    expect(location.hash).toBe('');
    expect(field('Numéro').value).toBe('X'.repeat(21));
  });

  it('reopens a paragraph being edited, with its unsaved text, after a reload', async () => {
    const first = render(SectionFormScreen, { bundle: mispaIII, id: S2 });
    await fireEvent.click(button('Modifier le paragraphe 2'));
    await fireEvent.input(field('Texte du paragraphe 2'), { target: { value: 'Texte revu.' } });
    expect(loadDraft(`paragraph:${S2}/p2`)?.values).toEqual({ text: 'Texte revu.' });
    // A reload: the page goes without unmounting (no onDestroy), the draft stays.
    const draft = localStorage.getItem(draftStorageKey(`paragraph:${S2}/p2`))!;
    first.unmount();
    localStorage.setItem(draftStorageKey(`paragraph:${S2}/p2`), draft);

    render(SectionFormScreen, { bundle: mispaIII, id: S2 });
    expect(field('Texte du paragraphe 2').value).toBe('Texte revu.');
    expect(screen.getByRole('status').textContent).toContain('Saisie non enregistrée retrouvée');
  });

  it('restores a heading draft', () => {
    saveDraft(`section:${S2}`, { heading: 'MANDAT (révisé)' });
    render(SectionFormScreen, { bundle: mispaIII, id: S2 });
    expect(field('Intitulé').value).toBe('MANDAT (révisé)');
    expect(field('Numéro').value).toBe('II');
  });

  it('adds a subsection under a section, or a section to the plan; an unknown parent is not found', () => {
    const sub = render(SectionFormScreen, { bundle: mispaIII, parent: S1 });
    expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe('Nouvelle sous-section de « I. ANTÉCÉDENTS »');
    expect(screen.queryByLabelText('Signature')).toBeNull();
    sub.unmount();
    const top = render(SectionFormScreen, { bundle: mispaIII, parent: 'mispa-iii' });
    expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe('Nouvelle section');
    top.unmount();
    render(SectionFormScreen, { bundle: mispaIII, parent: 'elsewhere' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page introuvable');
  });
});

describe('SectionFormScreen saving', () => {
  beforeEach(async () => {
    await seedAppDb();
  });

  it('saves the heading and number through updateSection and goes back to the section on the plan', async () => {
    render(SectionFormScreen, { bundle: mispaIII, id: S2 });
    await fireEvent.input(field('Intitulé'), { target: { value: 'MANDAT DU GROUPE' } });
    await fireEvent.input(field('Signature'), { target: { value: 'Colonel Mitchell\n\n' } });
    await fireEvent.click(button('Enregistrer'));
    await waitFor(() => expect(location.hash).toBe(`#/plan/${encodeURIComponent(S2)}`));
    const s = await db.sections.get(S2);
    expect(s?.heading).toEqual({ lang: 'fr', text: 'MANDAT DU GROUPE' });
    expect(s?.signature).toEqual([{ lang: 'fr', text: 'Colonel Mitchell' }]);
    expect(s?.paragraphs).toHaveLength(5);
    expect(await commandsOn(S2)).toEqual(['updateSection']);
  });

  it('adds, edits, moves and removes paragraphs, each through its command', async () => {
    vi.stubGlobal('confirm', () => true);
    render(SectionFormScreen, { bundle: mispaIII, id: S2 });
    await fireEvent.click(button('Ajouter le paragraphe'));
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    await fireEvent.input(field('Nouveau paragraphe'), { target: { value: 'Un paragraphe ajouté.' } });
    await fireEvent.click(button('Ajouter le paragraphe'));
    await waitFor(async () => expect((await db.sections.get(S2))?.paragraphs).toHaveLength(6));
    expect((await db.sections.get(S2))?.paragraphs.at(-1)?.text).toEqual({ lang: 'fr', text: 'Un paragraphe ajouté.' });
    await waitFor(() => expect(field('Nouveau paragraphe').value).toBe(''));

    await fireEvent.click(button('Modifier le paragraphe 5'));
    await fireEvent.input(field('Texte du paragraphe 5'), { target: { value: 'Plan soumis sous réserve.' } });
    await fireEvent.click(within(screen.getByRole('form', { name: 'Modifier le paragraphe 5' })).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await db.sections.get(S2))?.paragraphs[4]?.text.text).toBe('Plan soumis sous réserve.'));

    await fireEvent.click(button('Descendre le paragraphe 1'));
    await waitFor(async () => expect((await db.sections.get(S2))?.paragraphs.map((p) => p.id).slice(0, 2)).toEqual([`${S2}/p2`, `${S2}/p1`]));

    await fireEvent.click(button('Supprimer le paragraphe 3'));
    await waitFor(async () => expect((await db.sections.get(S2))?.paragraphs).toHaveLength(5));
    expect((await db.sections.get(S2))?.paragraphs.some((p) => p.id === `${S2}/p3`)).toBe(false);

    expect(await commandsOn(S2)).toEqual(['addParagraph', 'updateParagraph', 'moveParagraph', 'removeParagraph']);
  });

  it('removes a section with its subsections after asking, and adds a new one', async () => {
    const ask = vi.fn(() => true);
    vi.stubGlobal('confirm', ask);
    const view = render(SectionFormScreen, { bundle: mispaIII, id: S1 });
    await fireEvent.click(button('Supprimer la section'));
    expect(ask.mock.calls[0]).toEqual([
      'Supprimer la section « I. ANTÉCÉDENTS », ses paragraphes et ses sous-sections (2) : MISPA-I, MISPA-II ? Vous pourrez annuler juste après.',
    ]);
    await waitFor(() => expect(location.hash).toBe('#/plan'));
    expect(await db.sections.bulkGet([S1, `${S1}.1`, `${S1}.2`])).toEqual([undefined, undefined, undefined]);
    expect(await commandsOn(S1)).toEqual(['removeSection']);
    view.unmount();

    render(SectionFormScreen, { bundle: mispaIII, parent: 'mispa-iii' });
    await fireEvent.input(field('Numéro'), { target: { value: 'V' } });
    await fireEvent.input(field('Intitulé'), { target: { value: 'SUIVI' } });
    await fireEvent.click(button('Enregistrer'));
    await waitFor(() => expect(location.hash).toMatch(/^#\/plan\/mispa-iii/));
    const added = (await db.sections.where({ planId: 'mispa-iii' }).toArray()).find((s) => s.number === 'V')!;
    expect(added).toMatchObject({ parentId: null, heading: { lang: 'fr', text: 'SUIVI' }, paragraphs: [] });
    expect(await commandsOn(added.id)).toEqual(['addSection']);
  });
});
