import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import DocumentsScreen from '../../../src/lib/components/plan/DocumentsScreen.svelte';
import PlanScreen from '../../../src/lib/components/plan/PlanScreen.svelte';
import { lazyScreen } from '../../../src/lib/components/shared/lazy-screens.ts';
import { db } from '../../../src/lib/db/db.ts';
import { commandsOn, organiser, seedAppDb } from './app-db.ts';

const enc = encodeURIComponent;
const link = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

afterEach(() => vi.unstubAllGlobals());

describe('PlanScreen editing tools', () => {
  it('offers edit, move and remove for each mandate, sections and the resolution, by labelled controls', () => {
    render(PlanScreen, { props: { bundle: mispaIII }, ...organiser });
    expect(link('Modifier le mandat 5')).toBe(`#/edit/mandate/${enc('mispa-iii/m5')}`);
    expect(button('Monter le mandat 1').disabled).toBe(true);
    expect(button('Descendre le mandat 7').disabled).toBe(true);
    expect(button('Supprimer le mandat 5').disabled).toBe(false);
    expect(link('Ajouter un mandat')).toBe(`#/new/mandate/${enc('mispa-iii/res-2629')}`);
    expect(link('Modifier la résolution AG/RES. 2629 (XLI-O/11)')).toBe(`#/edit/resolution/${enc('mispa-iii/res-2629')}`);
    expect(link('Modifier la section II')).toBe(`#/edit/section/${enc('mispa-iii/s2')}`);
    expect(button('Monter la section I').disabled).toBe(true);
    expect(button('Descendre la section IV').disabled).toBe(true);
    expect(button('Descendre la section MISPA-I').disabled).toBe(false);
    expect(link('Ajouter une sous-section à la section I')).toBe(`#/new/section/${enc('mispa-iii/s1')}`);
    expect(link('Ajouter une section')).toBe('#/new/section/mispa-iii');
    expect(screen.queryByText('Résolutions hors section')).toBeNull();
  });

  it('still shows a resolution whose section is gone, at the end', () => {
    const bundle = { ...mispaIII, sections: mispaIII.sections.filter((s) => s.id !== 'mispa-iii/s3') };
    render(PlanScreen, { props: { bundle }, ...organiser });
    expect(screen.getByRole('heading', { name: 'Résolutions hors section' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Modifier le mandat 5' })).toBeTruthy();
  });

  it('moves and removes mandates through their commands', async () => {
    await seedAppDb();
    vi.stubGlobal(
      'confirm',
      vi.fn(() => true),
    );
    render(PlanScreen, { props: { bundle: mispaIII }, ...organiser });
    await fireEvent.click(button('Monter le mandat 5'));
    await waitFor(async () => expect((await db.mandates.get('mispa-iii/m5'))?.order).toBe(3));
    await fireEvent.click(button('Supprimer le mandat 7'));
    await waitFor(async () => expect(await db.mandates.get('mispa-iii/m7')).toBeUndefined());
    expect(confirm).toHaveBeenCalledWith('Supprimer le mandat 7 ? Vous pourrez annuler juste après.');
    expect(await commandsOn('mispa-iii/m5')).toEqual(['moveMandate']);
    expect(await commandsOn('mispa-iii/m7')).toEqual(['removeMandate']);
  });
});

describe('DocumentsScreen editing links', () => {
  it('links to add a document and to edit each one', () => {
    render(DocumentsScreen, { props: { bundle: mispaIII }, ...organiser });
    expect(link('Ajouter un document')).toBe('#/new/document/mispa-iii');
    expect(link('Modifier le document CP/RES. 934 (1644/08)')).toBe(`#/edit/document/${enc('mispa-iii/doc-cp-res-934')}`);
  });

  it('shows the note on the resolution’s two numbers on the entries of both AG/RES. 2629 and 2692', () => {
    render(DocumentsScreen, { props: { bundle: mispaIII }, ...organiser });
    const note = mispaIII.resolutions[0]!.note!.text;
    for (const symbol of ['AG/RES. 2629 (XLI-O/11)', 'AG/RES. 2692 (XLI-O/11)']) {
      expect(screen.getByRole('article', { name: symbol }).textContent).toContain(note);
    }
    expect(screen.getByRole('article', { name: 'CP/RES. 934 (1644/08)' }).textContent).not.toContain(note);
  });
});

describe('lazy form screens', () => {
  it('opens each plan-text form with its record or its parent, keyed by the route', () => {
    const edit = lazyScreen({ name: 'edit', target: 'mandate', id: 'mispa-iii/m5' }, mispaIII);
    expect(edit?.key).toBe('edit:mandate:mispa-iii/m5');
    expect(edit?.props).toEqual({ bundle: mispaIII, target: 'mandate', id: 'mispa-iii/m5' });
    for (const target of ['section', 'resolution', 'mandate', 'document'] as const) {
      expect(lazyScreen({ name: 'new', target, parent: 'p' }, mispaIII)?.props).toEqual({ bundle: mispaIII, target, parent: 'p' });
    }
    expect(lazyScreen({ name: 'new', target: 'plan', parent: 'p' }, mispaIII)).toBeUndefined();
  });
});
