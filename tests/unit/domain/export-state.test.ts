import { describe, expect, it } from 'vitest';
import { changedSinceExport, exportFingerprint, lastExportedAt } from '../../../src/lib/domain/export-state.ts';
import type { IcalExportRecord } from '../../../src/lib/domain/types.ts';
import { fr, makeAgendaItem, makeMeeting } from '../factories.ts';

const meeting = makeMeeting({ id: 'm1' });
const item = makeAgendaItem({ id: 'i1', meetingId: 'm1' });
const record = (over: Partial<IcalExportRecord> = {}): IcalExportRecord => ({
  planId: 'plan-1',
  meetingId: 'm1',
  sequence: 0,
  updatedAt: meeting.updatedAt,
  exportedAt: '2011-09-01T00:00:00.000Z',
  fingerprint: exportFingerprint(meeting, [item]),
  ...over,
});

describe('changedSinceExport', () => {
  it('lists meetings never exported', () => {
    expect(changedSinceExport([meeting], [], [item])).toEqual([meeting]);
  });

  it('leaves out a meeting exported as it is', () => {
    expect(changedSinceExport([meeting], [record()], [item])).toEqual([]);
  });

  it('lists a meeting whose agenda text changed, or that was edited', () => {
    expect(changedSinceExport([meeting], [record()], [{ ...item, text: fr('Autre') }])).toEqual([meeting]);
    const edited = { ...meeting, sequence: 1, updatedAt: '2011-09-02T00:00:00.000Z' };
    expect(changedSinceExport([edited], [record()], [item])).toEqual([edited]);
  });

  it('ignores an outcome, which the event does not show', () => {
    const decided = { ...item, outcome: { kind: 'decided' as const, recordedAt: '2011-09-22T15:00:00.000Z' } };
    expect(changedSinceExport([meeting], [record()], [decided])).toEqual([]);
  });

  it('still reads records written before fingerprints existed', () => {
    const legacy = record({ fingerprint: undefined });
    expect(changedSinceExport([meeting], [legacy], [item])).toEqual([]);
    expect(changedSinceExport([{ ...meeting, sequence: 2 }], [legacy], [item])).toHaveLength(1);
  });

  it('judges each meeting by its own items among the plan’s, in order (ties kept as given)', () => {
    const other = makeMeeting({ id: 'm2' });
    const items = [
      makeAgendaItem({ id: 'b', meetingId: 'm1', order: 2, text: fr('B') }),
      makeAgendaItem({ id: 'x', meetingId: 'm2', order: 1 }),
      makeAgendaItem({ id: 'a', meetingId: 'm1', order: 1, text: fr('A') }),
      makeAgendaItem({ id: 'a2', meetingId: 'm1', order: 1, text: fr('A2') }),
    ];
    const own = items.filter((i) => i.meetingId === 'm1');
    const exported = record({ fingerprint: exportFingerprint(meeting, own) });
    expect(exportFingerprint(meeting, items)).toBe(exported.fingerprint);
    expect(changedSinceExport([meeting, other], [exported], items)).toEqual([other]);
    const reordered = [items[0]!, items[1]!, items[3]!, items[2]!];
    expect(changedSinceExport([meeting], [exported], reordered)).toEqual([meeting]);
  });

  it('knows the last export time', () => {
    expect(lastExportedAt([])).toBeUndefined();
    expect(lastExportedAt([record(), record({ meetingId: 'm2', exportedAt: '2011-10-01T00:00:00.000Z' })])).toBe('2011-10-01T00:00:00.000Z');
  });
});
