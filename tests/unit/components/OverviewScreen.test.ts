import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import OverviewScreen from '../../../src/lib/components/today/OverviewScreen.svelte';
import { loadMessages } from '../../../src/lib/i18n/index.ts';
import { seedAppDb } from './app-db.ts';

describe('OverviewScreen', () => {
  // The screen's personal parts are a chunk it imports once shown: loaded here first, so no test
  // ends while that import is still being compiled (it would then land after the test environment is gone).
  beforeAll(async () => {
    await Promise.all([import('../../../src/lib/components/today/today-personal.ts'), loadMessages(['personal', 'notices'])]);
  });

  it('shows the title, the chair, and the next group meeting with a countdown', () => {
    render(OverviewScreen, { bundle: mispaIII, now: new Date('2011-09-16T15:00:00Z') });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Plan de travail du Groupe de travail');
    expect(screen.getByText('Colonel Mitchell')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Prochaine réunion du groupe' })).toBeTruthy();
    expect(screen.getByText('dans 6 jours')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Réunion du groupe de travail du 22 septembre 2011' })).toBeTruthy();
  });

  it('shows the meeting of the day on a meeting day, in the meeting’s time zone', async () => {
    // 02:00 UTC on the 16th is still the 15th in Washington. The agenda is read from the database.
    await seedAppDb();
    render(OverviewScreen, { bundle: mispaIII, now: new Date('2011-09-16T02:00:00Z') });
    expect(screen.getByRole('heading', { name: 'Réunion du groupe aujourd’hui' })).toBeTruthy();
    // The meeting of the day is a lazy part: its first import is compiled for the test, which takes a while on a busy machine.
    expect(await screen.findByRole('button', { name: 'Maintenant : point 1' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByText('Élection de la vice-présidence du Groupe de travail').length).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: 'Prochaine échéance' })).toBeNull();
    // The meeting of the day is one tap from "My agenda" too.
    expect(await screen.findByRole('button', { name: /^Mon agenda\s*: Réunion du groupe de travail du 15 septembre 2011$/ })).toBeTruthy();
  });

  it('on another day shows the next deadline block', async () => {
    render(OverviewScreen, { bundle: mispaIII, now: new Date('2011-09-16T15:00:00Z') });
    expect((await screen.findByRole('region', { name: 'Prochaine échéance' })).textContent).toContain('Aucune échéance');
    expect(screen.queryByRole('button', { name: /^Maintenant/ })).toBeNull();
  });

  it('says every meeting is past once their days are over, without claiming they were held, and shows the last one', () => {
    render(OverviewScreen, { bundle: mispaIII, now: new Date('2026-11-29T12:00:00Z') });
    expect(screen.getByText('Les dates de toutes les réunions du groupe sont passées.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/ont eu lieu|Tenue|Travaux terminés/);
    expect(screen.getByText('Date passée')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Dernière réunion du groupe' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Réunion du groupe de travail du 27 octobre 2011' })).toBeTruthy();
  });

  it('names the ministerial meeting the plan prepares, with its date and place', () => {
    render(OverviewScreen, { bundle: mispaIII, now: new Date('2011-09-16T15:00:00Z') });
    const goal = screen.getByRole('region', { name: 'Réunion préparée' });
    expect(goal.textContent).toContain('17–18 novembre 2011');
    expect(goal.textContent).toContain('Port of Spain');
  });
});
