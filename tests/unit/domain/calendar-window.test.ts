import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { agendaOf, calendarWindow, focusMonth, MEETING_BUDGET, monthPages, progressiveMonths } from '../../../src/lib/domain/calendar-window.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { groupByMonth } from '../../../src/lib/domain/meetings.ts';
import { makeAgendaItem, makeMeeting } from '../factories.ts';

/** `count` meetings on the first days of `month`. */
const inMonth = (month: string, count: number) =>
  Array.from({ length: count }, (_, i) => makeMeeting({ id: `${month}-${i}`, startDate: `${month}-${String(i + 1).padStart(2, '0')}` }));

// Months of 3, 2, 4, 1 and 5 meetings.
const months = groupByMonth([...inMonth('2011-09', 3), ...inMonth('2011-10', 2), ...inMonth('2011-12', 4), ...inMonth('2012-01', 1), ...inMonth('2012-03', 5)]);
const names = (groups: { month: string }[]) => groups.map((g) => g.month);

describe('monthPages', () => {
  it('packs consecutive months up to the budget, a fuller month alone', () => {
    expect(monthPages(months, 5).map(names)).toEqual([['2011-09', '2011-10'], ['2011-12', '2012-01'], ['2012-03']]);
    expect(monthPages(months, 3).map(names)).toEqual([['2011-09'], ['2011-10'], ['2011-12'], ['2012-01'], ['2012-03']]);
    expect(monthPages(months, 100).map(names)).toEqual([names(months)]);
    expect(monthPages([], 5)).toEqual([]);
  });
});

describe('focusMonth', () => {
  it('keeps a month with meetings, else takes the next one with meetings, else the last', () => {
    expect(focusMonth(months, '2011-12')).toBe('2011-12');
    expect(focusMonth(months, '2011-11')).toBe('2011-12');
    expect(focusMonth(months, '2001-01')).toBe('2011-09');
    expect(focusMonth(months, '2026-11')).toBe('2012-03');
    expect(focusMonth([], '2026-11')).toBeUndefined();
  });
});

describe('calendarWindow', () => {
  it('shows the page holding the focus month, with the pages before and after', () => {
    expect(calendarWindow(months, '2012-01', 5)).toEqual({ months: months.slice(2, 4), earlier: '2011-09', later: '2012-03' });
    expect(calendarWindow(months, '2011-09', 5)).toEqual({ months: months.slice(0, 2), earlier: undefined, later: '2011-12' });
    expect(calendarWindow(months, '2030-01', 5)).toEqual({ months: months.slice(4), earlier: '2011-12', later: undefined });
    expect(calendarWindow([], '2011-09')).toEqual({ months: [] });
  });

  it('shows the whole default plan on one page', () => {
    const all = groupByMonth(mispaIII.meetings);
    const window = calendarWindow(all, '2026-11');
    expect(window.months.flatMap((g) => g.meetings)).toHaveLength(mispaIII.meetings.length);
    expect(window.earlier).toBeUndefined();
    expect(window.later).toBeUndefined();
  });

  it('cuts the large plan into pages of a month or a few, every meeting on exactly one page', () => {
    const large = generatePlan({ seed: 1, meetings: 2000, agendaItems: 0, mandates: 0 });
    const all = groupByMonth(large.meetings);
    const pages = monthPages(all);
    expect(pages.flat().flatMap((g) => g.meetings)).toHaveLength(2000);
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(3);
      expect(page.length === 1 || page.flatMap((g) => g.meetings).length <= MEETING_BUDGET).toBe(true);
    }
    // Following "later" from the first page visits every page once.
    let window = calendarWindow(all, '0001-01');
    let visited = 1;
    while (window.later) {
      window = calendarWindow(all, window.later);
      visited++;
    }
    expect(visited).toBe(pages.length);
  });
});

describe('agendaOf', () => {
  it('gives the agenda of the chosen meetings only, each in order', () => {
    const [a, b] = [makeMeeting({ id: 'a' }), makeMeeting({ id: 'b' })];
    const items = [
      makeAgendaItem({ id: 'a2', meetingId: 'a', order: 2 }),
      makeAgendaItem({ id: 'c1', meetingId: 'c', order: 1 }),
      makeAgendaItem({ id: 'a1', meetingId: 'a', order: 1 }),
    ];
    const agenda = agendaOf([a, b], items);
    expect([...agenda.keys()]).toEqual(['a', 'b']);
    expect(agenda.get('a')?.map((i) => i.id)).toEqual(['a1', 'a2']);
    expect(agenda.get('b')).toEqual([]);
  });
});

describe('progressiveMonths', () => {
  const months = groupByMonth([
    makeMeeting({ id: 'a', startDate: '2011-09-15' }),
    makeMeeting({ id: 'b', startDate: '2011-09-22' }),
    makeMeeting({ id: 'c', startDate: '2011-10-13' }),
    makeMeeting({ id: 'd', startDate: '2011-10-27' }),
    makeMeeting({ id: 'e', startDate: '2011-11-17' }),
  ]);
  const ids = (count: number) => progressiveMonths(months, count).map((g) => `${g.month}:${g.meetings.map((m) => m.id).join('')}`);

  it('keeps the first meetings in order, cutting a month in the middle and leaving later months out', () => {
    expect(ids(1)).toEqual(['2011-09:a']);
    expect(ids(3)).toEqual(['2011-09:ab', '2011-10:c']);
    expect(ids(4)).toEqual(['2011-09:ab', '2011-10:cd']);
  });

  it('shows the whole page once the count reaches it', () => {
    expect(progressiveMonths(months, 5)).toEqual(months);
    expect(progressiveMonths(months, 99)).toEqual(months);
    expect(progressiveMonths(months, 0)).toEqual([]);
  });
});
