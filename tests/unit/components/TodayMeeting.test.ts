import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import NextDeadline from '../../../src/lib/components/today/NextDeadline.svelte';
import TodayMeeting from '../../../src/lib/components/today/TodayMeeting.svelte';
import { db } from '../../../src/lib/db/db.ts';
import type { Meeting } from '../../../src/lib/domain/types.ts';
import { commandsOn, organiser, seedAppDb } from './app-db.ts';

const meetings = mispaIII.meetings.filter((m) => m.kind === 'working-group');
const first = meetings.find((m) => m.startDate === '2011-09-15')!;
const MORNING = new Date('2011-09-15T14:00:00Z');
const show = (meeting: Meeting, now = MORNING) => render(TodayMeeting, { props: { bundle: mispaIII, meeting, meetings, now }, ...organiser });
const rows = () => within(screen.getByRole('list', { name: 'Ordre du jour' })).getAllByRole('listitem');

describe('TodayMeeting', () => {
  it('shows the agenda with the item under discussion marked, what comes next and the next meeting', () => {
    show({ ...first, currentItemId: `${first.id}/a2` });
    expect(rows()).toHaveLength(6);
    expect(rows().map((li) => li.getAttribute('aria-current'))).toEqual([null, 'step', null, null, null, null]);
    expect(within(rows()[1]!).getByText('En discussion')).toBeTruthy();
    expect(screen.getAllByText('En discussion')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Maintenant : point 2' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Maintenant : point 1' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('Ensuite : point 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Réunion du groupe de travail du 22 septembre 2011' })).toBeTruthy();
    expect(screen.getByText('Journée entière (heure non précisée)')).toBeTruthy();
  });

  it('counts down in hours and minutes before a timed start, as the clock moves on, then stops', async () => {
    const timed = { ...first, startTime: '10:00', endTime: '13:00' };
    const { rerender } = show(timed, new Date('2011-09-15T11:45:00Z'));
    expect(screen.getByText('Début dans 2 h 15 min')).toBeTruthy();
    await rerender({ now: new Date('2011-09-15T13:15:00Z') });
    expect(screen.getByText('Début dans 45 min')).toBeTruthy();
    await rerender({ now: new Date('2011-09-15T14:30:00Z') });
    expect(screen.queryByText(/Début dans/)).toBeNull();
  });
});

describe('TodayMeeting in one tap', () => {
  beforeEach(async () => {
    await seedAppDb();
  });

  it('marks an item under discussion through setCurrentAgendaItem, and clears it on a second tap', async () => {
    const { rerender } = show(first);
    await fireEvent.click(screen.getByRole('button', { name: 'Maintenant : point 2' }));
    await waitFor(async () => expect((await db.meetings.get(first.id))?.currentItemId).toBe(`${first.id}/a2`));
    expect(await commandsOn(first.id)).toEqual(['setCurrentAgendaItem']);
    await rerender({ meeting: (await db.meetings.get(first.id))! });
    await fireEvent.click(screen.getByRole('button', { name: 'Maintenant : point 2' }));
    await waitFor(async () => expect((await db.meetings.get(first.id))?.currentItemId).toBeUndefined());
  });

  it('records an item’s outcome', async () => {
    show(first);
    await fireEvent.click(within(screen.getByRole('group', { name: 'Résultat du point 1' })).getByRole('button', { name: 'Décidé' }));
    await waitFor(async () => expect((await db.agendaItems.get(`${first.id}/a1`))?.outcome?.kind).toBe('decided'));
  });
});

describe('NextDeadline', () => {
  const now = new Date('2011-09-16T14:00:00Z');

  it('says that no deadline is set, with a link to the plan’s mandates', () => {
    render(NextDeadline, { bundle: mispaIII, now });
    expect(screen.getByText('Aucune échéance n’est fixée pour les mandats du plan.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir les mandats du plan' }).getAttribute('href')).toBe(`#/plan/${encodeURIComponent('mispa-iii/res-2629')}`);
  });

  it('shows the open mandate due soonest, how far off, and links to it', () => {
    const mandates = mispaIII.mandates.map((m) =>
      m.id === 'mispa-iii/m3' ? { ...m, dueDate: '2011-09-17' } : m.id === 'mispa-iii/m2' ? { ...m, dueDate: '2011-09-16', status: 'done' as const } : m,
    );
    render(NextDeadline, { bundle: { ...mispaIII, mandates }, now });
    expect(screen.getByText('17 septembre 2011 · demain')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mandat 3 de la résolution AG/RES. 2629 (XLI-O/11)' }).getAttribute('href')).toBe(
      `#/plan/${encodeURIComponent('mispa-iii/m3')}`,
    );
  });
});
