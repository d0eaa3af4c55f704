import { describe, expect, it } from 'vitest';
import { goalMeeting, groupByMonth, lastDay, neighbours, nextMeeting, overviewMeeting, sortMeetings } from '../../../src/lib/domain/meetings.ts';
import { makeMeeting } from '../factories.ts';

const a = makeMeeting({ id: 'a', startDate: '2011-09-15' });
const b = makeMeeting({ id: 'b', startDate: '2011-09-22' });
const c = makeMeeting({ id: 'c', startDate: '2011-10-13' });
const ministerial = makeMeeting({ id: 'm', kind: 'ministerial', startDate: '2011-11-17', endDate: '2011-11-18' });

describe('meetings', () => {
  it('sorts by date, then time', () => {
    const early = makeMeeting({ id: 'x', startDate: '2011-09-22', startTime: '09:00' });
    expect(sortMeetings([c, b, early, a]).map((m) => m.id)).toEqual(['a', 'b', 'x', 'c']);
  });

  it('finds the next meeting with the days until it', () => {
    expect(nextMeeting([c, a, b], '2011-09-16')).toEqual({ state: 'upcoming', meeting: b, daysUntil: 6 });
    expect(nextMeeting([a, b], '2011-09-21')).toMatchObject({ state: 'upcoming', daysUntil: 1 });
  });

  it('says when a meeting is on today, including the second day of a two-day meeting', () => {
    expect(nextMeeting([a, b], '2011-09-22')).toEqual({ state: 'today', meeting: b });
    expect(nextMeeting([ministerial], '2011-11-18')).toEqual({ state: 'today', meeting: ministerial });
  });

  it('reports the last meeting once all are past, and none when there are none', () => {
    expect(nextMeeting([a, b, c], '2011-12-01')).toEqual({ state: 'completed', meeting: c });
    expect(nextMeeting([], '2011-12-01')).toEqual({ state: 'none' });
  });

  it('takes each meeting’s day on its own zone’s calendar when given a day per meeting', () => {
    const tokyo = makeMeeting({ id: 't', startDate: '2011-09-16', timeZone: 'Asia/Tokyo' });
    // 2011-09-15T16:00Z: the 15th in Washington, already the 16th in Tokyo.
    const dayOf = (m: { timeZone: string }) => (m.timeZone === 'Asia/Tokyo' ? '2011-09-16' : '2011-09-15');
    expect(nextMeeting([a, tokyo], dayOf)).toEqual({ state: 'today', meeting: a });
    expect(nextMeeting([tokyo, b], dayOf)).toEqual({ state: 'today', meeting: tokyo });
    expect(nextMeeting([b], dayOf)).toEqual({ state: 'upcoming', meeting: b, daysUntil: 7 });
  });

  it('never offers a cancelled meeting as next', () => {
    const cancelled = makeMeeting({ id: 'k', startDate: '2011-09-20', status: 'cancelled' });
    expect(nextMeeting([cancelled, b], '2011-09-16')).toMatchObject({ meeting: b });
  });

  it('groups by the month a meeting starts in, in order', () => {
    const groups = groupByMonth([c, ministerial, a, b]);
    expect(groups.map((g) => [g.month, g.meetings.map((m) => m.id)])).toEqual([
      ['2011-09', ['a', 'b']],
      ['2011-10', ['c']],
      ['2011-11', ['m']],
    ]);
  });

  it('knows the last day, the meeting prepared, and neighbours', () => {
    expect(lastDay(ministerial)).toBe('2011-11-18');
    expect(lastDay(a)).toBe('2011-09-15');
    expect(goalMeeting([a, ministerial, b])?.id).toBe('m');
    expect(goalMeeting([a, b])).toBeUndefined();
    expect(neighbours([c, a, b], 'b')).toEqual({ previous: a, next: c });
    expect(neighbours([a], 'zzz')).toEqual({});
  });

  it('the overview is about the working group’s meeting of the day in its own zone, never a ministerial one', () => {
    const group = makeMeeting({ id: 'wg', startDate: '2011-09-15', timeZone: 'America/New_York' });
    const ministers = makeMeeting({ id: 'min', kind: 'ministerial', startDate: '2011-09-16', timeZone: 'Asia/Tokyo' });
    // 02:00 UTC on the 16th: still the 15th in New York, already the 16th in Tokyo.
    expect(overviewMeeting([ministers, group], new Date('2011-09-16T02:00:00Z'))).toEqual({ state: 'today', meeting: group });
    expect(overviewMeeting([ministers, group], new Date('2011-09-16T05:00:00Z'))).toEqual({ state: 'completed', meeting: group });
    expect(overviewMeeting([ministers], new Date('2011-09-16T05:00:00Z'))).toEqual({ state: 'none' });
  });
});
