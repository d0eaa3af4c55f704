import { describe, expect, it } from 'vitest';
import { agendaProgress, countdownTo, meetingAfter } from '../../../src/lib/domain/meeting-day.ts';
import { makeAgendaItem, makeMeeting } from '../factories.ts';

const item = (n: number, decided = false) =>
  makeAgendaItem({
    id: `i${n}`,
    order: n,
    ...(decided ? { outcome: { kind: 'decided', recordedAt: '2011-09-15T15:00:00.000Z' } } : {}),
  });

describe('agendaProgress', () => {
  // Given out of order: numbers follow `order`.
  const items = [item(3), item(1), item(2), item(4)];

  it('gives the current item with its number, and the next one after it', () => {
    expect(agendaProgress(items, 'i2')).toEqual({ current: { item: items[2], number: 2 }, next: { item: items[0], number: 3 } });
  });

  it('skips items that already have an outcome when naming the next one', () => {
    const withOutcome = [item(1), item(2), item(3, true), item(4)];
    expect(agendaProgress(withOutcome, 'i2').next).toEqual({ item: withOutcome[3], number: 4 });
  });

  it('with no current item (or one that is no longer on the agenda), the next is the first without an outcome', () => {
    const agenda = [item(1, true), item(2), item(3)];
    expect(agendaProgress(agenda, undefined)).toEqual({ next: { item: agenda[1], number: 2 } });
    expect(agendaProgress(agenda, 'deleted')).toEqual({ next: { item: agenda[1], number: 2 } });
  });

  it('has no next item after the last one, nor for an empty agenda', () => {
    expect(agendaProgress(items, 'i4')).toEqual({ current: { item: items[3], number: 4 } });
    expect(agendaProgress([], undefined)).toEqual({});
  });
});

describe('countdownTo', () => {
  const meeting = makeMeeting({ startDate: '2011-09-15', startTime: '10:00', timeZone: 'America/New_York' });

  it('counts hours and minutes (rounded up) to a timed start, in the meeting’s zone', () => {
    expect(countdownTo(meeting, new Date('2011-09-15T11:45:00Z'))).toEqual({ hours: 2, minutes: 15 });
    expect(countdownTo(meeting, new Date('2011-09-15T13:59:30Z'))).toEqual({ hours: 0, minutes: 1 });
    expect(countdownTo(meeting, new Date('2011-09-15T04:00:00Z'))).toEqual({ hours: 10, minutes: 0 });
  });

  it('has nothing to count once the meeting started, or without a start time', () => {
    expect(countdownTo(meeting, new Date('2011-09-15T14:00:00Z'))).toBeUndefined();
    expect(countdownTo(meeting, new Date('2011-09-15T16:00:00Z'))).toBeUndefined();
    expect(countdownTo(makeMeeting({ startDate: '2011-09-15' }), new Date('2011-09-15T04:00:00Z'))).toBeUndefined();
  });

  it('counts to the next day’s session of a meeting over several days, and not while one is on', () => {
    const days = makeMeeting({ startDate: '2011-11-05', endDate: '2011-11-06', startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' });
    expect(countdownTo(days, new Date('2011-11-05T15:00:00Z'))).toBeUndefined(); // 11:00 on the first day
    // 08:00 on the second day, after the clocks went back (10:00 is 15:00 UTC now).
    expect(countdownTo(days, new Date('2011-11-06T13:00:00Z'))).toEqual({ hours: 2, minutes: 0 });
    expect(countdownTo(days, new Date('2011-11-06T16:00:00Z'))).toBeUndefined();
  });
});

describe('meetingAfter', () => {
  const a = makeMeeting({ id: 'a', startDate: '2011-09-15', endDate: '2011-09-16' });
  const b = makeMeeting({ id: 'b', startDate: '2011-09-22', status: 'cancelled' });
  const c = makeMeeting({ id: 'c', startDate: '2011-09-29' });

  it('is the first meeting, not cancelled, that starts after this one ends', () => {
    expect(meetingAfter([c, b, a], a)).toBe(c);
    expect(meetingAfter([a, makeMeeting({ id: 'same', startDate: '2011-09-16' })], a)).toBeUndefined();
    expect(meetingAfter([a, c], c)).toBeUndefined();
  });
});
