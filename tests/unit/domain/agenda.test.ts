import { describe, expect, it } from 'vitest';
import { agendaByMeeting, meetingAgenda, sortByOrder } from '../../../src/lib/domain/agenda.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { makeAgendaItem } from '../factories.ts';

describe('agendaByMeeting', () => {
  it('gives each meeting its items in order, ties kept in their given order (as one sort of all items would)', () => {
    const items = [
      makeAgendaItem({ id: 'b2', meetingId: 'b', order: 2 }),
      makeAgendaItem({ id: 'a3', meetingId: 'a', order: 3 }),
      makeAgendaItem({ id: 'a1', meetingId: 'a', order: 1 }),
      makeAgendaItem({ id: 'b1', meetingId: 'b', order: 1 }),
      makeAgendaItem({ id: 'a1-bis', meetingId: 'a', order: 1 }),
    ];
    const map = agendaByMeeting(items);
    expect(map.get('a')!.map((i) => i.id)).toEqual(['a1', 'a1-bis', 'a3']);
    expect(map.get('b')!.map((i) => i.id)).toEqual(['b1', 'b2']);
  });

  it('matches grouping the globally sorted items on a generated plan', () => {
    const { agendaItems } = generatePlan({ seed: 7, meetings: 50, agendaItems: 600, mandates: 5 });
    const shuffled = [...agendaItems].reverse();
    const expected = new Map<string, string[]>();
    for (const item of sortByOrder(shuffled)) expected.set(item.meetingId, [...(expected.get(item.meetingId) ?? []), item.id]);
    const actual = new Map([...agendaByMeeting(shuffled)].map(([id, list]) => [id, list.map((i) => i.id)]));
    expect(actual).toEqual(expected);
  });
});

describe('meetingAgenda', () => {
  it('is that meeting’s list from agendaByMeeting, and empty for a meeting without items', () => {
    const { agendaItems, meetings } = generatePlan({ seed: 8, meetings: 30, agendaItems: 200, mandates: 5 });
    const grouped = agendaByMeeting(agendaItems);
    for (const m of meetings) expect(meetingAgenda(agendaItems, m.id)).toEqual(grouped.get(m.id) ?? []);
    expect(meetingAgenda(agendaItems, 'nope')).toEqual([]);
  });
});
