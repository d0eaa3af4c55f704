import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import GlossaryScreen from '../../../src/lib/components/glossary/GlossaryScreen.svelte';
import SearchScreen from '../../../src/lib/components/search/SearchScreen.svelte';
import LinkedText from '../../../src/lib/components/shared/LinkedText.svelte';
import { fr, makeBundle, makeDocumentRef } from '../factories.ts';

afterEach(() => history.replaceState(null, '', '#/'));

const entry = (name: string) => screen.getByRole('article', { name });
const plan = (id: string) => '#/plan/' + encodeURIComponent(id);

describe('GlossaryScreen', () => {
  it('shows each acronym the plan uses with its expansion, where it comes from, and links to every place', () => {
    render(GlossaryScreen, { bundle: mispaIII });
    const headings = within(screen.getByRole('region', { name: 'Sigles' })).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['OEA / OAS', 'AG', 'CP', 'CSH', 'SSM', 'MISPA', 'REMJA']);

    const csh = entry('CSH');
    expect(csh.textContent).toContain('Commission sur la sécurité continentale');
    expect(csh.textContent).toContain('Non développé dans le plan');
    expect(csh.textContent).toContain('Le plan emploie le nom « Commission sur la sécurité continentale ».');
    const links = within(csh).getAllByRole('link');
    expect(within(csh).getByText('Cité à 8 endroits :')).toBeTruthy();
    expect(links.map((a) => a.getAttribute('href'))).toContain(plan('mispa-iii/m5'));
    const m7 = links.find((a) => a.textContent?.startsWith('Mandat 7 — responsables'))!;
    expect(m7.getAttribute('href')).toBe(plan('mispa-iii/m7'));
    expect(m7.querySelector('mark')?.textContent).toBe('CSH');

    const mispa = entry('MISPA');
    expect(mispa.textContent).toContain('Développé dans le plan : « Réunion des ministres responsables de la sécurité publique des Amériques ».');
    expect(mispa.textContent).toContain('Formes employées : MISPA-I, MISPA, MISPA-II, MISPA-III');
    expect(
      within(mispa)
        .getAllByRole('link')
        .some((a) => a.getAttribute('href') === '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-22')),
    ).toBe(true);
    expect(entry('REMJA').textContent).toContain('Non développé dans le plan');
    expect(within(entry('REMJA')).getByText('Cité à 1 endroit :')).toBeTruthy();
  });

  it('lists the document symbols as links to their entry on the documents screen', () => {
    render(GlossaryScreen, { bundle: mispaIII });
    const docs = within(screen.getByRole('region', { name: 'Symboles de documents' })).getAllByRole('link');
    expect(docs.map((a) => a.textContent)).toEqual(mispaIII.documents.map((d) => d.symbol));
    expect(docs[0]!.getAttribute('href')).toBe('#/documents/' + encodeURIComponent(mispaIII.documents[0]!.id));
  });

  it('opens at the entry named in the address, scrolled to and focused', async () => {
    const scrolled: Element[] = [];
    // jsdom lays nothing out and has no scrollIntoView: record the calls instead.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    render(GlossaryScreen, { props: { bundle: mispaIII, anchor: 'remja' } });
    await tick();
    expect(document.activeElement).toBe(entry('REMJA'));
    expect(scrolled).toEqual([entry('REMJA')]);
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('says so when the plan uses no acronym and cites no document', () => {
    const bundle = { ...makeBundle(), sections: [], resolutions: [], mandates: [], documents: [] };
    render(GlossaryScreen, { bundle });
    expect(screen.getByText('Aucun sigle du glossaire n’apparaît dans ce plan.')).toBeTruthy();
    expect(screen.getByText('Ce plan ne cite aucun document.')).toBeTruthy();
  });
});

describe('acronyms in running text', () => {
  it('link to their glossary entry, document symbols to their document, the text kept whole', () => {
    const documents = [makeDocumentRef({ id: 'doc-cp', symbol: 'CP/RES. 934 (1644/08)' })];
    const text = 'Par la CP/RES. 934 (1644/08), le Conseil permanent (CSH) prépare la MISPA-III.';
    const { container } = render(LinkedText, { value: fr(text), documents });
    expect(container.textContent).toBe(text);
    expect(screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['CP/RES. 934 (1644/08)', '#/documents/doc-cp'],
      ['CSH', '#/glossary/csh'],
      ['MISPA-III', '#/glossary/mispa'],
    ]);
  });
});

describe('search and the glossary', () => {
  it('links to the glossary and finds its entries', async () => {
    render(SearchScreen, { bundle: mispaIII });
    expect(screen.getByRole('link', { name: 'Glossaire des sigles' }).getAttribute('href')).toBe('#/glossary');
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'multidimensionnelle' } });
    const terms = screen.getByRole('region', { name: 'Glossaire (1)' });
    const link = within(terms).getByRole('link');
    expect(link.getAttribute('href')).toBe('#/glossary/ssm');
    expect(link.textContent).toContain('SSM — Secrétariat à la sécurité multidimensionnelle');
  });
});
