/*
 * The .ics caps and the plan's own agree: a calendar the .ics checks let through is never
 * refused later by the plan's list cap, and one over a cap is refused before ical.js parses
 * anything (the refusal of 100,000 events took 110 s, and came from the plan's cap).
 */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { meetingUid } from '../../../src/lib/ical/meeting-event.ts';
import { readIcsFile, type IcsReadResult } from '../../../src/lib/ical/ics-import.ts';
import { MAX_ICS_EVENTS, MAX_LIST_LENGTH } from '../../../src/lib/plan-files/limits.ts';
import { makeAgendaItem, makeBundle, makeMeeting } from '../factories.ts';
import { T1 } from '../db/db-helpers.ts';
import { calendarText, generatedCalendar, generatedEvent } from './ics-files.ts';

afterEach(() => vi.restoreAllMocks());

const problemsOf = (result: IcsReadResult) => (result.ok ? [] : result.problems);

/** makeBundle's plan with `meetings` meetings in all. */
function planWithMeetings(meetings: number): PlanBundle {
  const bundle = makeBundle('plan-full');
  const more = Array.from({ length: meetings - bundle.meetings.length }, (_, i) => makeMeeting({ id: `plan-full/meeting-${i}`, planId: 'plan-full' }));
  return { ...bundle, meetings: [...bundle.meetings, ...more] };
}

describe('the event cap, before any parsing', () => {
  it.each([MAX_ICS_EVENTS + 1, 100_000])('refuses %i events by the .ics cap without calling the parser', async (count) => {
    const parse = vi.spyOn(ICAL, 'parse');
    const result = await readIcsFile(generatedCalendar(count), makeBundle('plan-1'), T1);
    expect(problemsOf(result)).toEqual([{ path: '', key: 'file.ics.tooMany', params: { max: MAX_ICS_EVENTS } }]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts the meetings already in the plan: one event more than it has room for is refused, naming that room', async () => {
    const plan = planWithMeetings(MAX_LIST_LENGTH - 2);
    const parse = vi.spyOn(ICAL, 'parse');
    const over = await readIcsFile(generatedCalendar(3), plan, T1);
    expect(problemsOf(over)).toEqual([
      {
        path: '',
        key: 'file.ics.tooManyForPlan',
        params: { max: 2, meetings: MAX_LIST_LENGTH - 2, limit: MAX_LIST_LENGTH },
      },
    ]);
    expect(parse).not.toHaveBeenCalled();

    // What the cap lets through, the plan's own checks accept: the plan is then exactly full.
    const within = await readIcsFile(generatedCalendar(2), plan, T1);
    if (!within.ok) throw new Error(JSON.stringify(within.problems));
    expect(within.file.plans[0]!.bundle.meetings).toHaveLength(MAX_LIST_LENGTH);
  }, 60_000);
});

describe('the agenda items the descriptions make', () => {
  /** makeBundle's plan with `items` agenda items in all, on its one meeting, and an empty meeting "plan-full/empty". */
  function planWithItems(items: number): PlanBundle {
    const bundle = makeBundle('plan-full');
    const meetingId = bundle.meetings[0]!.id;
    const more = Array.from({ length: items - bundle.agendaItems.length }, (_, i) =>
      makeAgendaItem({ id: `plan-full/item-${i}`, planId: 'plan-full', meetingId, order: 10 + i }),
    );
    const empty = makeMeeting({ id: 'plan-full/empty', planId: 'plan-full', startDate: '2025-03-04' });
    return { ...bundle, meetings: [...bundle.meetings, empty], agendaItems: [...bundle.agendaItems, ...more] };
  }

  /** The plan's empty meeting as this app exports it, with `lines` numbered agenda lines. */
  const withAgenda = (lines: number) =>
    calendarText([
      [
        `UID:${meetingUid('plan-full', 'plan-full/empty')}`,
        'SUMMARY:Séance',
        'DTSTART;VALUE=DATE:20250304',
        `DESCRIPTION:${Array.from({ length: lines }, (_, i) => `${i + 1}. Point ${i + 1}`).join('\\n')}`,
      ],
      generatedEvent(1),
    ]);

  it('are refused as soon as they would pass the plan’s list cap, and accepted up to it', async () => {
    const plan = planWithItems(MAX_LIST_LENGTH - 2);
    expect(problemsOf(await readIcsFile(withAgenda(3), plan, T1))).toEqual([{ path: '', key: 'file.ics.tooManyItems', params: { max: MAX_LIST_LENGTH } }]);
    const within = await readIcsFile(withAgenda(2), plan, T1);
    if (!within.ok) throw new Error(JSON.stringify(within.problems));
    expect(within.file.plans[0]!.bundle.agendaItems).toHaveLength(MAX_LIST_LENGTH);
  }, 60_000);
});
