import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { BUNDLE_TABLES, recordsOf } from '../../../src/lib/domain/bundle.ts';
import { comparePlans, diffBundles } from '../../../src/lib/domain/plan-diff.ts';
import { fr, makeAgendaItem, makeBundle } from '../factories.ts';

describe('diffBundles', () => {
  it('finds nothing between a plan and itself, nor in bookkeeping fields or the item under discussion', () => {
    expect(diffBundles(mispaIII, structuredClone(mispaIII))).toEqual([]);
    const adopted = makeBundle();
    const touched = {
      ...adopted,
      meetings: adopted.meetings.map((m) => ({ ...m, updatedAt: 'later', sequence: 9, currentItemId: adopted.agendaItems[0]!.id })),
    };
    expect(diffBundles(adopted, touched)).toEqual([]);
  });

  it('lists each changed field with its value before and after', () => {
    const adopted = makeBundle();
    const meeting = adopted.meetings[0]!;
    const current = { ...adopted, meetings: [{ ...meeting, startTime: '10:00', place: fr('Washington'), status: 'held' as const }] };
    expect(diffBundles(adopted, current)).toEqual([
      {
        kind: 'changed',
        table: 'meetings',
        id: meeting.id,
        before: meeting,
        after: current.meetings[0],
        fields: [
          { field: 'place', before: undefined, after: fr('Washington') },
          { field: 'startTime', before: undefined, after: '10:00' },
          { field: 'status', before: 'planned', after: 'held' },
        ],
      },
    ]);
  });

  it('lists added and removed records, table by table then by id, whatever the array order', () => {
    const adopted = makeBundle();
    const added = makeAgendaItem({ id: 'plan-1/wg/a0', meetingId: 'plan-1/wg' });
    const current = {
      ...adopted,
      plan: { ...adopted.plan, status: 'completed' as const },
      agendaItems: [adopted.agendaItems[1]!, added],
      milestones: [],
    };
    const diff = diffBundles(adopted, current);
    expect(diff.map((d) => [d.kind, d.table, d.id])).toEqual([
      ['changed', 'plans', 'plan-1'],
      ['added', 'agendaItems', 'plan-1/wg/a0'],
      ['removed', 'agendaItems', 'plan-1/wg/a1'],
      ['removed', 'milestones', 'plan-1/ms'],
    ]);
    const reversed = { ...current, agendaItems: [...current.agendaItems].reverse() };
    expect(diffBundles(adopted, reversed)).toEqual(diff);
  });
});

describe('comparePlans', () => {
  it('gives the differences of diffBundles a slice at a time, no slice comparing more than its size', () => {
    const adopted = makeBundle();
    const items = Array.from({ length: 7 }, (_, k) => makeAgendaItem({ id: `plan-1/wg/x${k}`, meetingId: 'plan-1/wg', order: 10 + k }));
    const current = { ...adopted, agendaItems: [...adopted.agendaItems.slice(1), ...items], milestones: [] };
    const comparison = comparePlans(adopted, current);
    const ids = (b: typeof adopted) => BUNDLE_TABLES.flatMap((table) => recordsOf(b, table).map((r) => r.id));
    expect(comparison.total).toBe(new Set([...ids(adopted), ...ids(current)]).size);

    const slices = [...comparison.slices(3)];
    expect(slices.every((s) => s.compared <= 3)).toBe(true);
    expect(slices.reduce((n, s) => n + s.compared, 0)).toBe(comparison.total);
    expect(slices.length).toBeGreaterThanOrEqual(Math.ceil(9 / 3)); // the agenda items alone: 2 here + 7 new
    expect(slices.flatMap((s) => s.differences)).toEqual(diffBundles(adopted, current));
  });
});
