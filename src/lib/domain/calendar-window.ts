/*
 * The calendar shows a window of whole months, not every meeting at once: a plan of 2,000
 * meetings with 20,000 agenda items would take seconds to lay out on a phone. The months are
 * cut into fixed pages, each as many consecutive months as fit in a meeting budget (a month
 * alone is a page even when it holds more), so "Earlier" and "Later" step through pages that
 * never overlap and a month's address always opens the same page. A small plan fits in one
 * page and is shown whole.
 */
import { sortByOrder } from './agenda.ts';
import type { MonthGroup } from './meetings.ts';
import type { AgendaItem, Id, Meeting } from './types.ts';

/** About a screen or two of meetings with their agendas on a phone. */
export const MEETING_BUDGET = 36;

export type CalendarWindow = {
  /** The months shown, in order. */
  months: MonthGroup[];
  /** First month of the page before and after, when there is one ("YYYY-MM"). */
  earlier?: string;
  later?: string;
};

/** Consecutive months in pages of at most `budget` meetings (a fuller month is a page alone). */
export function monthPages(months: readonly MonthGroup[], budget = MEETING_BUDGET): MonthGroup[][] {
  const pages: MonthGroup[][] = [];
  let count = 0;
  for (const group of months) {
    const page = pages.at(-1);
    if (page && count + group.meetings.length <= budget) {
      page.push(group);
      count += group.meetings.length;
    } else {
      pages.push([group]);
      count = group.meetings.length;
    }
  }
  return pages;
}

/**
 * The month to show: `wanted` (a "YYYY-MM" from the address or today's month) when it has
 * meetings, else the next month that has some, else the last one; undefined without months.
 */
export function focusMonth(months: readonly MonthGroup[], wanted: string): string | undefined {
  return (months.find((g) => g.month >= wanted) ?? months.at(-1))?.month;
}

/** The page of months that holds the focus month, with the pages around it. */
export function calendarWindow(months: readonly MonthGroup[], wanted: string, budget = MEETING_BUDGET): CalendarWindow {
  const focus = focusMonth(months, wanted);
  const pages = monthPages(months, budget);
  const i = pages.findIndex((page) => page.some((g) => g.month === focus));
  if (i < 0) return { months: [] };
  return { months: pages[i]!, earlier: pages[i - 1]?.[0]?.month, later: pages[i + 1]?.[0]?.month };
}

/** The agenda of the window's meetings only, each list in order: one pass over the items. */
export function agendaOf(meetings: readonly Meeting[], items: readonly AgendaItem[]): Map<Id, AgendaItem[]> {
  const map = new Map<Id, AgendaItem[]>(meetings.map((m) => [m.id, []]));
  for (const item of items) map.get(item.meetingId)?.push(item);
  for (const [id, list] of map) map.set(id, sortByOrder(list));
  return map;
}

/** Meetings laid out in the first frame of a page, then how many more in each next frame. */
export const FIRST_MEETINGS = 6;
export const MEETINGS_PER_FRAME = 6;

/** The page's months cut after its first `count` meetings (the months past them left out). */
export function progressiveMonths(months: readonly MonthGroup[], count: number): MonthGroup[] {
  const shown: MonthGroup[] = [];
  let left = count;
  for (const group of months) {
    if (left <= 0) break;
    shown.push(group.meetings.length <= left ? group : { month: group.month, meetings: group.meetings.slice(0, left) });
    left -= group.meetings.length;
  }
  return shown;
}
