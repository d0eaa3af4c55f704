import { describe, expect, it } from 'vitest';
import { clockChangeDays, instantToWallClock, readWallClock } from '../../../src/lib/domain/clock-changes.ts';
import { meetingInstants, wallClockToInstant } from '../../../src/lib/domain/zoned-time.ts';
import { makeMeeting } from '../factories.ts';

const NY = 'America/New_York';

describe('readWallClock', () => {
  it('reads an ordinary time once, with its offset', () => {
    expect(readWallClock('2011-09-15T10:00:00', NY)).toEqual({ kind: 'once', offset: -240 });
    expect(readWallClock('2011-03-13T03:00:00', NY)).toEqual({ kind: 'once', offset: -240 });
    expect(readWallClock('2011-11-06T02:00:00', NY)).toEqual({ kind: 'once', offset: -300 });
  });

  it('finds the gap of a spring-forward day with its bounds and offsets', () => {
    expect(readWallClock('2011-03-13T02:30:00', NY)).toEqual({
      kind: 'gap',
      before: -300,
      after: -240,
      from: '2011-03-13T02:00:00',
      to: '2011-03-13T03:00:00',
    });
  });

  it('finds the time a fall-back day shows twice, first offset first', () => {
    expect(readWallClock('2011-11-06T01:30:00', NY)).toEqual({
      kind: 'twice',
      first: -240,
      second: -300,
      from: '2011-11-06T02:00:00',
      to: '2011-11-06T01:00:00',
    });
  });

  it('reads zones east of UTC and half-hour changes (Lord Howe goes back 30 minutes)', () => {
    expect(readWallClock('2011-03-27T02:30:00', 'Europe/Paris').kind).toBe('gap');
    expect(readWallClock('2011-04-03T01:45:00', 'Australia/Lord_Howe')).toMatchObject({ kind: 'twice', first: 660, second: 630 });
  });
});

describe('the chosen offset', () => {
  it('picks which of the two a wall clock is, and is ignored when it is not one of them', () => {
    const first = Date.parse('2011-11-06T05:30:00Z');
    const second = Date.parse('2011-11-06T06:30:00Z');
    expect(wallClockToInstant('2011-11-06T01:30:00', NY)).toBe(first);
    expect(wallClockToInstant('2011-11-06T01:30:00', NY, -240)).toBe(first);
    expect(wallClockToInstant('2011-11-06T01:30:00', NY, -300)).toBe(second);
    expect(wallClockToInstant('2011-09-15T10:00:00', NY, -300)).toBe(Date.parse('2011-09-15T14:00:00Z'));
  });

  it('gives a meeting its instants', () => {
    const meeting = makeMeeting({ startDate: '2011-11-06', startTime: '01:30', startOffset: -300, endTime: '01:45', endOffset: -300 });
    expect(meetingInstants(meeting)).toEqual({ start: Date.parse('2011-11-06T06:30:00Z'), end: Date.parse('2011-11-06T06:45:00Z') });
  });

  it('comes back from an instant only when the wall clock shows twice', () => {
    expect(instantToWallClock(Date.parse('2011-11-06T06:30:00Z'), NY)).toEqual({ wall: '2011-11-06T01:30:00', offset: -300 });
    expect(instantToWallClock(Date.parse('2011-11-06T05:30:00Z'), NY)).toEqual({ wall: '2011-11-06T01:30:00', offset: -240 });
    expect(instantToWallClock(Date.parse('2011-09-15T14:00:00Z'), NY)).toEqual({ wall: '2011-09-15T10:00:00' });
  });
});

describe('clockChangeDays', () => {
  it('lists the days the clocks change between two dates', () => {
    expect(clockChangeDays('2011-01-01', '2011-12-31', NY)).toEqual(['2011-03-13', '2011-11-06']);
    expect(clockChangeDays('2011-03-10', '2011-03-12', NY)).toEqual([]);
    expect(clockChangeDays('2011-01-01', '2011-12-31', 'America/Bogota')).toEqual([]);
  });

  it('stays cheap for a meeting of absurd length', () => {
    // Sampled, not walked day by day: a few thousand offsets at most.
    expect(clockChangeDays('0001-01-01', '9999-12-31', NY).length).toBeLessThan(2_000);
  });
});
