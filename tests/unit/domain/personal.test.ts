import { describe, expect, it } from 'vitest';
import { changeOf, knownMeeting, markChanges, meetingOfMark, seenNow, snapshotOf, snapshotStale, type Mark } from '../../../src/lib/domain/personal.ts';
import { makeAgendaItem, makeMeeting } from '../factories.ts';

const meeting = makeMeeting({ id: 'm1', startDate: '2011-09-15', startTime: '10:00', endTime: '13:00' });
const mark = (over: Partial<Mark> = {}): Mark => ({
  planId: 'plan-1',
  recordId: 'm1',
  kind: 'meeting',
  markedAt: '2011-09-01T00:00:00.000Z',
  seen: snapshotOf(meeting),
  ...over,
});
const byId = <T extends { id: string }>(...rows: T[]) => new Map(rows.map((r) => [r.id, r]));

describe('marks and what changed since the user saw them', () => {
  it('keeps only the fields the user is told about', () => {
    expect(snapshotOf(meeting)).toEqual({ startDate: '2011-09-15', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York', status: 'planned' });
    expect(snapshotOf(makeMeeting())).not.toHaveProperty('endDate');
  });

  it('tells nothing when the meeting is as seen, or changed in other ways (title, place)', () => {
    expect(changeOf(mark(), meeting)).toBeUndefined();
    expect(changeOf(mark(), { ...meeting, place: { lang: 'fr', text: 'Salle B' }, sequence: 3 })).toBeUndefined();
  });

  it('tells a move of the date, the times or the zone, with before and after', () => {
    const moved = { ...meeting, startDate: '2011-09-16' };
    expect(changeOf(mark(), moved)).toEqual({ kind: 'moved', mark: mark(), before: snapshotOf(meeting), after: moved });
    expect(changeOf(mark(), { ...meeting, endTime: '14:00' })?.kind).toBe('moved');
    expect(changeOf(mark(), { ...meeting, timeZone: 'America/Lima' })?.kind).toBe('moved');
    expect(changeOf(mark(), { ...meeting, endDate: '2011-09-16' })?.kind).toBe('moved');
  });

  it('tells a cancellation (before a move made at the same time), but not a meeting seen cancelled', () => {
    expect(changeOf(mark(), { ...meeting, status: 'cancelled', startDate: '2011-10-01' })?.kind).toBe('cancelled');
    const seenCancelled = mark({ seen: { ...snapshotOf(meeting), status: 'cancelled' } });
    expect(changeOf(seenCancelled, { ...meeting, status: 'cancelled' })).toBeUndefined();
  });

  it('tells a removal once, and a return after it', () => {
    expect(changeOf(mark(), undefined)).toEqual({ kind: 'removed', mark: mark(), before: snapshotOf(meeting) });
    expect(changeOf(mark({ seen: null }), undefined)).toBeUndefined();
    expect(changeOf(mark({ seen: null }), meeting)).toEqual({ kind: 'restored', mark: mark({ seen: null }), after: meeting });
  });

  it('follows an agenda item through its meeting, and counts it removed when the item is gone', () => {
    const item = makeAgendaItem({ id: 'i1', meetingId: 'm1' });
    const itemMark = mark({ kind: 'agendaItem', recordId: 'i1' });
    const moved = { ...meeting, startTime: '15:00' };
    expect(meetingOfMark(itemMark, byId(moved), byId(item))).toBe(moved);
    expect(markChanges([itemMark], byId(moved), byId(item)).map((c) => c.kind)).toEqual(['moved']);
    expect(markChanges([itemMark], byId(meeting), new Map()).map((c) => c.kind)).toEqual(['removed']);
  });

  it('lists every marked meeting that changed, and nothing once seen as it is now', () => {
    const other = makeMeeting({ id: 'm2', startDate: '2011-10-20' });
    const marks = [mark(), mark({ recordId: 'm2', seen: snapshotOf(other) })];
    const now = byId({ ...meeting, startDate: '2011-09-20' });
    expect(markChanges(marks, now, new Map()).map((c) => [c.kind, c.mark.recordId])).toEqual([
      ['moved', 'm1'],
      ['removed', 'm2'],
    ]);
    const seen = [seenNow(marks[0]!, now.get('m1')), seenNow(marks[1]!, undefined)];
    expect(seen[1]!.seen).toBeNull();
    expect(knownMeeting(seen[1]!)).toEqual(snapshotOf(other)); // still named once gone
    expect(seenNow(seen[1]!, other)).toEqual(marks[1]); // and back as it was
    expect(markChanges(seen, now, new Map())).toEqual([]);
  });

  it('knows when a snapshot is out of date, a change not told included', () => {
    expect(snapshotStale(mark(), meeting)).toBe(false);
    expect(snapshotStale(mark(), { ...meeting, status: 'held' })).toBe(true);
    expect(snapshotStale(mark(), undefined)).toBe(true);
    expect(snapshotStale(mark({ seen: null }), undefined)).toBe(false);
    expect(snapshotStale(mark({ seen: null }), meeting)).toBe(true);
  });
});
