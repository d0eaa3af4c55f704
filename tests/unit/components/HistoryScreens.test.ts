/*
 * The history as a delegate reads it (issue 12, point 8): statuses in words, a paragraph's
 * edit as the words that changed, a reordered item as a move; the comparison says "as
 * published", never "adopted". Changes go through the real commands on the app's database.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import ChangesScreen from '../../../src/lib/components/history/ChangesScreen.svelte';
import HistoryScreen from '../../../src/lib/components/history/HistoryScreen.svelte';
import { moveAgendaItem, updateMandate, updateParagraph } from '../../../src/lib/db/commands/index.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { inLanguage } from '../history/in-language.ts';
import { seedAppDb } from './app-db.ts';

const SECTION = mispaIII.sections.find((s) => s.id === 'mispa-iii/s1.1')!;
const PARAGRAPH = SECTION.paragraphs[1]!;
const ITEM = 'mispa-iii/wg-2011-09-15/a3';

let bundle: PlanBundle;
beforeEach(async () => {
  const db = await seedAppDb();
  await updateParagraph(db, SECTION.id, PARAGRAPH.id, { ...PARAGRAPH.text, text: PARAGRAPH.text.text.replace('collective', 'concertée') });
  await updateMandate(db, 'mispa-iii/m5', { status: 'done' });
  await moveAgendaItem(db, ITEM, 'up');
  bundle = (await loadPlanBundle(db, 'mispa-iii'))!;
});
afterEach(() => inLanguage('fr'));

const recent = () => screen.getByRole('region', { name: /Latest changes|Dernières modifications/ });

describe('ChangesScreen', () => {
  it('tells each change in English: words for statuses, the changed words of a paragraph, a move', async () => {
    await inLanguage('en');
    render(ChangesScreen, { bundle });
    await waitFor(() => expect(within(recent()).getAllByRole('listitem')).toHaveLength(4));
    const text = recent().textContent!;
    expect(text).toContain('Status');
    expect(text).toContain('Pending → after: Done');
    expect(text).not.toMatch(/pending|→ done/);
    expect(text).toContain('Moves up from 3rd to 2nd place');
    expect(text).toContain('Moves down from 2nd to 3rd place');
    expect(text).not.toContain('Item deleted');
    const del = [...recent().querySelectorAll('del')].map((d) => d.textContent);
    const ins = [...recent().querySelectorAll('ins')].map((d) => d.textContent);
    expect(del).toContain('deleted:collective');
    expect(ins).toContain('inserted:concertée');
    // The paragraph is cut around the change, not at its start: the change is visible.
    expect(text).toContain('…');
    expect(screen.getByRole('heading', { name: 'Comparison with the published version' })).toBeTruthy();
  });

  it('tells the same changes in French, and compares with the version as published', async () => {
    render(ChangesScreen, { bundle });
    await waitFor(() => expect(within(recent()).getAllByRole('listitem')).toHaveLength(4));
    const text = recent().textContent!;
    expect(text).toContain('À réaliser → après : Réalisé');
    expect(text).toContain('Monte de la 3e à la 2e place');
    expect(text).toContain('Paragraphe 2');
    expect(screen.getByRole('heading', { name: 'Comparaison avec la version publiée' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText('4 différences avec la version publiée :')).toBeTruthy());
    expect(document.body.textContent).not.toMatch(/adopt/i);
  });
});

describe('HistoryScreen', () => {
  it('names an agenda item’s change as a move, in Spanish', async () => {
    await inLanguage('es');
    render(HistoryScreen, { bundle, recordId: ITEM });
    await waitFor(() => expect(screen.getByText('Sube del 3.º al 2.º puesto')).toBeTruthy());
    expect(screen.getByText(/Punto del orden del día : Examen du projet d’ordre du jour/)).toBeTruthy();
  });

  it('shows a mandate’s status change in Portuguese words', async () => {
    await inLanguage('pt');
    render(HistoryScreen, { bundle, recordId: 'mispa-iii/m5' });
    await waitFor(() => expect(screen.getByText('Situação')).toBeTruthy());
    expect(screen.getByText('Situação').nextElementSibling!.textContent).toBe('antes: Pendente → depois: Cumprido');
  });
});
