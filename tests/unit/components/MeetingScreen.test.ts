import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import MeetingScreen from '../../../src/lib/components/meeting/MeetingScreen.svelte';

const firstWg = mispaIII.meetings.find((m) => m.startDate === '2011-09-15')!;

describe('MeetingScreen', () => {
  it('shows the date, an all-day time when none is set, the agenda in order and links around', () => {
    render(MeetingScreen, { bundle: mispaIII, meetingId: firstWg.id });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Réunion du groupe de travail du 15 septembre 2011');
    expect(screen.getByText('Journée entière (heure non précisée)')).toBeTruthy();
    expect(screen.getByText('Non précisé')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent?.trim());
    expect(items.slice(0, 6)).toEqual([
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

  it('says plainly when the meeting does not exist', () => {
    render(MeetingScreen, { bundle: mispaIII, meetingId: 'nope' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page introuvable');
  });
});
