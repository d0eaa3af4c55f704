import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import MeetingScreen from '../../../src/lib/components/meeting/MeetingScreen.svelte';

import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { organiser, seedAppDb } from './app-db.ts';

/** The screen reads the stored plan: `bundle` is stored first, and the screen shown once read. */
async function show(bundle: PlanBundle, meetingId: string) {
  await seedAppDb(bundle);
  const shown = render(MeetingScreen, { props: { plan: bundle.plan, meetingId }, ...organiser });
  await waitFor(() => expect(document.querySelector('h1')).toBeTruthy());
  return shown;
}

const firstWg = mispaIII.meetings.find((m) => m.startDate === '2011-09-15')!;

describe('MeetingScreen', async () => {
  it('shows the date, an all-day time when none is set, the agenda in order and links around', async () => {
    const { container } = await show(mispaIII, firstWg.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Réunion du groupe de travail du 15 septembre 2011');
    expect(screen.getByText('Journée entière (heure non précisée)')).toBeTruthy();
    expect(screen.getByText('Non précisé')).toBeTruthy();
    const items = [...container.querySelectorAll('ol.agenda > li .text')].map((p) => p.textContent?.trim());
    expect(items).toEqual([
      'Élection de la vice-présidence du Groupe de travail',
      'Examen et approbation du projet de plan de travail du Groupe de travail',
      'Examen du projet d’ordre du jour',
      'Examen du projet de calendrier',
      'Examen du projet de liste des invités',
      'Examen du projet de règlement',
    ]);
    expect(screen.getByRole('link', { name: /Réunion suivante/ }).getAttribute('href')).toContain('2011-09-22');
    expect(screen.getByRole('link', { name: 'Retour au calendrier' })).toBeTruthy();
  });

  it('links the acronyms of its agenda items to the glossary', async () => {
    const second = mispaIII.meetings.find((m) => m.startDate === '2011-09-22')!;
    const { container } = await show(mispaIII, second.id);
    const links = [...container.querySelectorAll('ol.agenda > li .text a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([['MISPA-III', '#/glossary/mispa']]);
  });

  it('shows the meeting’s notes under its facts, line breaks kept, and nothing when it has none', async () => {
    const notes = { lang: 'fr', text: 'Ordre du jour provisoire\nInterprétation assurée' };
    const bundle = { ...mispaIII, meetings: mispaIII.meetings.map((m) => (m.id === firstWg.id ? { ...m, notes } : m)) };
    const { container } = await show(bundle, firstWg.id);
    expect(screen.getByRole('heading', { level: 2, name: 'Notes' })).toBeTruthy();
    expect(container.querySelector('.notes')?.textContent).toBe(notes.text);
  });

  it('says plainly when the meeting does not exist', async () => {
    await show(mispaIII, 'nope');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page introuvable');
  });
});

describe('MeetingScreen at the clock changes', async () => {
  it('says what is wrong with a time stored before the rule, beside the time', async () => {
    const stored = { ...firstWg, startDate: '2011-03-13', startTime: '02:30', endTime: '04:00', timeZone: 'America/New_York' };
    await show({ ...mispaIII, meetings: [stored] }, firstWg.id);
    expect(screen.getByText('2:30 n’existe pas le 13 mars 2011 à New York : les horloges passent de 2:00 à 3:00.')).toBeTruthy();
  });

  it('shows a time the clocks show twice with the offset chosen, and no notice', async () => {
    const chosen = { ...firstWg, startDate: '2011-11-06', startTime: '01:30', startOffset: -300, endTime: '04:00', timeZone: 'America/New_York' };
    const { container } = await show({ ...mispaIII, meetings: [chosen] }, firstWg.id);
    expect(container.textContent).toContain('1:30 UTC−05:00 – 4:00');
    expect(container.querySelector('.clock-notice')).toBeNull();
  });
});

describe('MeetingScreen during the meeting', async () => {
  it('offers one-tap outcomes and reordering for each item, by keyboard-reachable buttons', async () => {
    await show(mispaIII, firstWg.id);
    const outcomes = screen.getByRole('group', { name: 'Résultat du point 1' });
    expect([...outcomes.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual(['Décidé', 'Reporté', 'Retiré']);
    expect(screen.getByRole('button', { name: 'Monter le point 1' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Descendre le point 6' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Descendre le point 1' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('link', { name: 'Modifier la réunion' }).getAttribute('href')).toBe(`#/edit/meeting/${encodeURIComponent(firstWg.id)}`);
  });
});

describe('MeetingScreen: when, as the calendar file has it (issue 12)', async () => {
  it('says a timed meeting over several days is held at that time each day', async () => {
    const days = { ...firstWg, startDate: '2011-11-17', endDate: '2011-11-18', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' };
    await show({ ...mispaIII, meetings: [days] }, days.id);
    expect(screen.getByText(/^10:00 – 13:00 chaque jour/)).toBeTruthy();
  });

  it('says, by the reminder choice of an all-day meeting, when its reminder rings', async () => {
    await show(mispaIII, firstWg.id);
    const select = screen.getByLabelText('Rappel');
    const hint = document.getElementById(select.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Réunion sur la journée entière : 15 minutes ou 1 heure avant sonne à 9 h le jour même ; 1 jour avant, la veille à 9 h.');
  });

  it('gives a timed meeting’s reminder choice no such hint', async () => {
    const timed = { ...firstWg, startTime: '10:00', endTime: '13:00' };
    await show({ ...mispaIII, meetings: [timed] }, timed.id);
    expect(screen.getByLabelText('Rappel').hasAttribute('aria-describedby')).toBe(false);
  });
});
