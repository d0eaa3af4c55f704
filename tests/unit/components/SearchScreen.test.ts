import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import SearchScreen from '../../../src/lib/components/search/SearchScreen.svelte';
import { lazyScreen } from '../../../src/lib/components/shared/lazy-screens.ts';

afterEach(() => history.replaceState(null, '', '#/'));

describe('SearchScreen', () => {
  it('shows results as the user types, grouped, counted, marked, linked, and keeps the query in the address', async () => {
    render(SearchScreen, { bundle: mispaIII });
    const input = screen.getByRole('searchbox', { name: 'Mots à chercher' });
    await tick();
    expect(document.activeElement).toBe(input); // opened from the search link: ready to type
    await fireEvent.input(input, { target: { value: 'ag/res 2692' } });

    const documents = screen.getByRole('region', { name: 'Documents (1)' });
    const link = within(documents).getByRole('link');
    expect(link.getAttribute('href')).toBe('#/documents/' + encodeURIComponent('mispa-iii/doc-ag-res-2692'));
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['AG/RES. 2692']);
    const paragraphs = screen.getByRole('region', { name: /^Paragraphes \(\d+\)$/ });
    expect(within(paragraphs).getAllByRole('link')[0]!.getAttribute('href')).toMatch(/^#\/plan\//);
    expect(screen.getByRole('status').textContent).toMatch(/\d+ résultats/);
    expect(location.hash).toBe('#/search?q=ag%2Fres%202692');
  });

  it('folds accents and case, and links agenda items to their meeting', async () => {
    render(SearchScreen, { bundle: mispaIII, q: 'EXAMEN du document final' });
    await tick();
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox')); // back to results: no jump to the field
    const items = screen.getByRole('region', { name: 'Points de l’ordre du jour (1)' });
    const link = within(items).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^#\/meeting\//);
    expect(link.querySelector('mark')?.textContent).toBe('Examen du document final');
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'securite' } });
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase());
    expect(marks.length).toBeGreaterThan(10);
    expect(new Set(marks)).toEqual(new Set(['sécurité']));
  });

  it('says when nothing matches, and clears the query from the address when emptied', async () => {
    render(SearchScreen, { bundle: mispaIII, q: 'zzzqqq' });
    expect(screen.getByRole('status').textContent).toContain('Aucun résultat pour « zzzqqq ».');
    expect(screen.queryAllByRole('region')).toHaveLength(0);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    expect(location.hash).toBe('#/search');
    expect(screen.getByRole('status').textContent?.trim()).toBe('');
  });

  it('is the lazily loaded screen of #/search, keyed by the query', () => {
    expect(lazyScreen({ name: 'search', q: 'a' }, mispaIII)).toMatchObject({ key: 'search:a', props: { bundle: mispaIII, q: 'a' } });
    expect(lazyScreen({ name: 'search' }, mispaIII)?.key).toBe('search:');
  });
});
