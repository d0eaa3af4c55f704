import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import DocumentFormScreen from '../../../src/lib/components/plan-edit/DocumentFormScreen.svelte';
import ResolutionFormScreen from '../../../src/lib/components/plan-edit/ResolutionFormScreen.svelte';
import { db } from '../../../src/lib/db/db.ts';
import { saveDraft } from '../../../src/lib/forms/drafts.ts';
import { commandsOn, seedAppDb } from './app-db.ts';

const DOC = 'mispa-iii/doc-cp-res-934';
const RES = 'mispa-iii/res-2629';
const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

afterEach(() => {
  localStorage.clear();
  location.hash = '';
  vi.unstubAllGlobals();
});

describe('DocumentFormScreen', () => {
  it('refuses a symbol another document has, or none, as the user types', async () => {
    render(DocumentFormScreen, { bundle: mispaIII, parent: 'mispa-iii' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nouveau document');
    await fireEvent.input(field('Cote'), { target: { value: ' AG/RES. 2692 (XLI-O/11) ' } });
    await fireEvent.blur(field('Cote'));
    expect(screen.getByText('Un autre document de ce plan porte déjà cette cote.')).toBeTruthy();
    await save();
    expect(screen.getByRole('alert').textContent).toContain('Corrigez les champs signalés');
    expect(location.hash).toBe('');
    await fireEvent.input(field('Cote'), { target: { value: '' } });
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
  });

  it('restores a draft, and says when the document does not exist', () => {
    saveDraft(`document:${DOC}`, { title: 'Convocation de la MISPA-I' });
    const view = render(DocumentFormScreen, { bundle: mispaIII, id: DOC });
    expect(field('Titre').value).toBe('Convocation de la MISPA-I');
    expect(field('Cote').value).toBe('CP/RES. 934 (1644/08)');
    view.unmount();
    render(DocumentFormScreen, { bundle: mispaIII, id: 'mispa-iii/doc-nope' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page introuvable');
  });
});

describe('DocumentFormScreen saving', () => {
  beforeEach(async () => {
    await seedAppDb();
  });

  it('saves symbol and title through updateDocumentRef, leaving the citations as they are', async () => {
    render(DocumentFormScreen, { bundle: mispaIII, id: DOC });
    await fireEvent.input(field('Titre'), { target: { value: 'Convocation de la MISPA-I' } });
    await save();
    await waitFor(() => expect(location.hash).toBe(`#/documents/${encodeURIComponent(DOC)}`));
    const doc = await db.documents.get(DOC);
    expect(doc?.title).toEqual({ lang: 'fr', text: 'Convocation de la MISPA-I' });
    expect(doc?.citedIn).toEqual(mispaIII.documents.find((d) => d.id === DOC)?.citedIn);
    expect(await commandsOn(DOC)).toEqual(['updateDocumentRef']);
  });

  it('adds a document, and removes one after asking', async () => {
    const view = render(DocumentFormScreen, { bundle: mispaIII, parent: 'mispa-iii' });
    await fireEvent.input(field('Cote'), { target: { value: 'MISPA-III/doc.1/11' } });
    await save();
    await waitFor(() => expect(location.hash).toMatch(/^#\/documents\//));
    const added = (await db.documents.toArray()).find((d) => d.symbol === 'MISPA-III/doc.1/11')!;
    expect(added.title).toBeUndefined();
    expect(await commandsOn(added.id)).toEqual(['addDocumentRef']);
    view.unmount();

    vi.stubGlobal('confirm', () => true);
    render(DocumentFormScreen, { bundle: mispaIII, id: DOC });
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer ce document' }));
    await waitFor(() => expect(location.hash).toBe('#/documents'));
    expect(await db.documents.get(DOC)).toBeUndefined();
  });
});

describe('ResolutionFormScreen', () => {
  it('requires a symbol and a title', async () => {
    render(ResolutionFormScreen, { bundle: mispaIII, id: RES });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Modifier la résolution AG/RES. 2629 (XLI-O/11)');
    await fireEvent.input(field('Titre'), { target: { value: ' ' } });
    await save();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(location.hash).toBe('');
  });

  it('saves through updateResolution; a note left blank is removed', async () => {
    await seedAppDb();
    render(ResolutionFormScreen, { bundle: mispaIII, id: RES });
    await fireEvent.input(field('Note'), { target: { value: '' } });
    await save();
    await waitFor(() => expect(location.hash).toBe(`#/plan/${encodeURIComponent(RES)}`));
    const r = await db.resolutions.get(RES);
    expect(r?.note).toBeUndefined();
    expect(r?.sectionId).toBe('mispa-iii/s3');
    expect(await commandsOn(RES)).toEqual(['updateResolution']);
  });

  it('adds a resolution presented in a section', async () => {
    await seedAppDb();
    render(ResolutionFormScreen, { bundle: mispaIII, parent: 'mispa-iii/s4' });
    await fireEvent.input(field('Cote'), { target: { value: 'AG/RES. 1 (XLII-O/12)' } });
    await fireEvent.input(field('Titre'), { target: { value: 'Suivi' } });
    await save();
    await waitFor(() => expect(location.hash).toMatch(/^#\/plan\//));
    const added = (await db.resolutions.toArray()).find((r) => r.symbol === 'AG/RES. 1 (XLII-O/12)')!;
    expect(added.sectionId).toBe('mispa-iii/s4');
    expect(await commandsOn(added.id)).toEqual(['addResolution']);
  });
});
