import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { organiser, seedAppDb } from './app-db.ts';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import CalendarScreen from '../../../src/lib/components/calendar/CalendarScreen.svelte';
import { FIRST_MEETINGS, MEETING_BUDGET } from '../../../src/lib/domain/calendar-window.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { groupByMonth } from '../../../src/lib/domain/meetings.ts';
import { parseHash } from '../../../src/lib/routing/routes.ts';

const large = generatePlan({ seed: 1, meetings: 2000, agendaItems: 20_000, mandates: 500 });
const at = (iso: string) => ({ now: new Date(iso) });
const meetingCards = (container: HTMLElement) => container.querySelectorAll('article.card');
const monthIds = (container: HTMLElement) => [...container.querySelectorAll('h2.month')].map((h) => h.id);
/** The month a calendar link points to. */
const monthOfLink = (name: string) => {
  const route = parseHash(screen.getAllByRole('link', { name })[0]!.getAttribute('href')!);
  return route.name === 'calendar' ? route.month : undefined;
};

afterEach(() => {
  location.hash = '';
});

describe('CalendarScreen', () => {
  it('shows every meeting of the default plan on one page, without page links', async () => {
    const { container } = render(CalendarScreen, { props: { bundle: mispaIII, clock: at('2026-11-29T12:00:00Z') }, ...organiser });
    // The first meetings at once, the rest in the next frames.
    expect(meetingCards(container)).toHaveLength(FIRST_MEETINGS);
    await waitFor(() => expect(meetingCards(container)).toHaveLength(mispaIII.meetings.length));
    expect(monthIds(container)).toEqual(groupByMonth(mispaIII.meetings).map((g) => `month-${g.month}`));
    expect(screen.queryByRole('link', { name: /Mois (précédents|suivants)/ })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Aller au mois' })).toBeNull();
  });

  it('shows only one page of months of a large plan, with their agendas only', async () => {
    // The agendas are read from the database, by meeting: the large plan is stored there.
    await seedAppDb(large);
    // Today (2026) is after the last meeting: the last page is shown.
    const { container } = render(CalendarScreen, { props: { bundle: large, clock: at('2026-11-29T12:00:00Z') }, ...organiser });
    const pageSize = Number(/Réunions affichées : (\d+)/.exec(container.textContent ?? '')?.[1]);
    await waitFor(() => expect(meetingCards(container)).toHaveLength(pageSize));
    const cards = meetingCards(container);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(MEETING_BUDGET);
    expect(monthIds(container).at(-1)).toBe(`month-${large.meetings.at(-1)!.startDate.slice(0, 7)}`);
    const ids = new Set([...cards].map((c) => c.getAttribute('aria-labelledby')!.replace('title-', '')));
    const pageItems = large.agendaItems.filter((i) => ids.has(i.meetingId)).length;
    expect(pageItems).toBeGreaterThan(0);
    await waitFor(() => expect(container.querySelectorAll('ol.agenda > li').length).toBe(pageItems), { timeout: 5000 });
    expect(screen.getByText(`Réunions affichées : ${cards.length} sur 2000`)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Mois suivants/ })).toBeNull();
    expect(screen.getAllByRole('link', { name: /Mois précédents/ })).toHaveLength(2);
  });

  it('opens on the page of today’s month in the plan’s time zone', () => {
    const { container } = render(CalendarScreen, { props: { bundle: large, clock: at('2014-03-10T12:00:00Z') }, ...organiser });
    expect(monthIds(container)).toContain('month-2014-03');
  });

  it('moves between pages through its links, and puts focus on the new page’s first month', async () => {
    const { container, rerender } = render(CalendarScreen, { props: { bundle: large, month: '2011-09', clock: at('2026-11-29T12:00:00Z') }, ...organiser });
    expect(monthIds(container)[0]).toBe('month-2011-09');
    expect(screen.queryByRole('link', { name: /Mois précédents/ })).toBeNull();
    const first = monthIds(container);
    const later = monthOfLink('Mois suivants →');
    expect(later && `month-${later}`).not.toBe(first[0]);
    expect(first).not.toContain(`month-${later}`);

    await rerender({ month: later });
    expect(monthIds(container)[0]).toBe(`month-${later}`);
    expect(document.activeElement?.id).toBe(`month-${later}`);
    expect(monthOfLink('← Mois précédents')).toBe('2011-09');
  });

  it('jumps to any month from the list of months with their meeting counts', async () => {
    render(CalendarScreen, { props: { bundle: large, month: '2011-09', clock: at('2026-11-29T12:00:00Z') }, ...organiser });
    const nav = screen.getByRole('navigation', { name: 'Mois du calendrier' });
    const select = within(nav).getByRole('combobox', { name: 'Aller au mois' }) as HTMLSelectElement;
    const september = large.meetings.filter((m) => m.startDate.startsWith('2011-09')).length;
    expect(select.options[0]!.textContent).toBe(`septembre 2011 (${september} réunions)`);
    await fireEvent.change(select, { target: { value: '2015-06' } });
    await fireEvent.click(within(nav).getByRole('button', { name: 'Afficher' }));
    expect(location.hash).toBe('#/calendar?month=2015-06');
  });
});
