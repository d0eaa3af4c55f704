/*
 * Reading mode on every screen that has edit controls: none of them (no link to an edit or new
 * route, no edit, move, delete, outcome or "now" button, no field), and in organiser mode
 * they are there (so the count means something). The mode is given to the screen as its
 * context (app-db.ts); state/plan-mode tests check it is read from the database.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import CalendarScreen from '../../../src/lib/components/calendar/CalendarScreen.svelte';
import HistoryScreen from '../../../src/lib/components/history/HistoryScreen.svelte';
import MeetingScreen from '../../../src/lib/components/meeting/MeetingScreen.svelte';
import DocumentsScreen from '../../../src/lib/components/plan/DocumentsScreen.svelte';
import PlanScreen from '../../../src/lib/components/plan/PlanScreen.svelte';
import OverviewScreen from '../../../src/lib/components/today/OverviewScreen.svelte';
import TodayMeeting from '../../../src/lib/components/today/TodayMeeting.svelte';
import { recordOutcome, updateMandate } from '../../../src/lib/db/commands/index.ts';
import { db } from '../../../src/lib/db/db.ts';
import { organiser, seedAppDb } from './app-db.ts';

const reading = { context: new Map([['quorum:plan-mode', { loaded: true, organiser: false }]]) };
const WG = mispaIII.meetings.find((m) => m.startDate === '2011-09-15')!;
const meetings = mispaIII.meetings.filter((m) => m.kind === 'working-group');
const MORNING = new Date('2011-09-15T14:00:00Z');

// The names of the controls that change the plan, as the French interface gives them.
const EDIT_NAME =
  /^(Modifier|Supprimer|Monter|Descendre|Reporter$|Annuler la réunion|Ajouter (une|un|le point)|Nouveau point|Rétablir|Décidé|Reporté|Retiré|Maintenant|✕|↑|↓)/;

/** Every control of `container` that edits, moves or deletes, by what it is called or where it leads. */
function editControls(container: HTMLElement): string[] {
  const links = [...container.querySelectorAll('a[href^="#/edit/"], a[href^="#/new/"]')].map((a) => `link ${a.getAttribute('href')}`);
  const buttons = [...container.querySelectorAll('button')]
    .map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim())
    .filter((name) => EDIT_NAME.test(name))
    .map((name) => `button ${name}`);
  // Fields of a form that edits the plan (as the e2e walk counts them): the user's own notes,
  // typed in reading mode too, are no edit of the plan.
  const fields = [...container.querySelectorAll('form textarea')].map((f) => `field ${f.id}`);
  return [...links, ...buttons, ...fields];
}

// Each screen takes its own props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Case = { name: string; component: Component<any>; props: () => Record<string, unknown>; ready: () => Promise<unknown> };
const heading = () => screen.findByRole('heading', { level: 1 });
const CASES: Case[] = [
  { name: 'plan', component: PlanScreen, props: () => ({ bundle: mispaIII }), ready: heading },
  { name: 'documents', component: DocumentsScreen, props: () => ({ bundle: mispaIII }), ready: heading },
  { name: 'calendar', component: CalendarScreen, props: () => ({ bundle: mispaIII, clock: { now: MORNING } }), ready: heading },
  {
    name: 'meeting',
    component: MeetingScreen,
    props: () => ({ plan: mispaIII.plan, meetingId: WG.id }),
    // All: the item's "mine" toggle names it too (for screen readers).
    ready: () => screen.findAllByText('Examen du projet de règlement'),
  },
  {
    name: 'history',
    component: HistoryScreen,
    props: () => ({ bundle: mispaIII, recordId: 'mispa-iii/m5' }),
    ready: () => screen.findByText('Mandat modifié'),
  },
  { name: 'overview', component: OverviewScreen, props: () => ({ bundle: mispaIII, now: new Date('2011-09-16T15:00:00Z') }), ready: heading },
  {
    name: 'meeting day (Today)',
    component: TodayMeeting,
    props: () => ({ bundle: mispaIII, meeting: WG, meetings, now: MORNING }),
    ready: () => screen.findByRole('list', { name: 'Ordre du jour' }),
  },
];

beforeEach(async () => {
  await seedAppDb();
  await updateMandate(db, 'mispa-iii/m5', { status: 'done' });
});

describe('reading mode, screen by screen', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s shows no edit, move or delete control', async (_name, { component, props, ready }) => {
    const { container } = render(component, { props: props(), ...reading });
    await ready();
    expect(editControls(container)).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s shows them in organiser mode', async (_name, { component, props, ready }) => {
    const { container } = render(component, { props: props(), ...organiser });
    await ready();
    await waitFor(() => expect(editControls(container).length).toBeGreaterThan(0));
  });
});

describe('the meeting page in reading mode', () => {
  it('is the meeting: when, where, "add to my calendar" before the agenda, and recorded outcomes', async () => {
    await recordOutcome(db, `${WG.id}/a1`, { kind: 'decided' });
    render(MeetingScreen, { props: { plan: mispaIII.plan, meetingId: WG.id }, ...reading });
    await screen.findAllByText('Examen du projet de règlement');
    expect(screen.getByText('Journée entière (heure non précisée)')).toBeTruthy();
    const add = screen.getByRole('button', { name: 'Ajouter à mon agenda' });
    const agenda = screen.getByRole('heading', { name: 'Ordre du jour' });
    expect(add.compareDocumentPosition(agenda) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText('Décidé')).toHaveLength(1));
    expect(screen.queryByRole('group', { name: 'Résultat du point 1' })).toBeNull();
  });
});

describe('a meeting day in reading mode', () => {
  it('shows the item under discussion and the outcomes recorded, without buttons', () => {
    const items = mispaIII.agendaItems.map((i) =>
      i.id === `${WG.id}/a1` ? { ...i, outcome: { kind: 'decided' as const, recordedAt: '2011-09-15T15:00:00.000Z' } } : i,
    );
    render(TodayMeeting, { props: { bundle: { agendaItems: items }, meeting: { ...WG, currentItemId: `${WG.id}/a2` }, meetings, now: MORNING }, ...reading });
    const rows = within(screen.getByRole('list', { name: 'Ordre du jour' })).getAllByRole('listitem');
    expect(rows.map((li) => li.getAttribute('aria-current'))).toEqual([null, 'step', null, null, null, null]);
    expect(within(rows[1]!).getByText('En discussion')).toBeTruthy();
    expect(within(rows[0]!).getByText('Décidé')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
