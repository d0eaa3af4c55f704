import { describe, expect, it } from 'vitest';
import { sessionTimes } from '../../../src/lib/ical/daily-sessions.ts';

const timed = (timeZone: string, start: string, end: string | undefined, days?: number) => ({
  allDay: false as const,
  timeZone,
  start,
  ...(end ? { end } : {}),
  ...(days ? { days } : {}),
});

describe('sessionTimes', () => {
  it('leaves one-day and all-day meetings as one event', () => {
    expect(sessionTimes(timed('Europe/Paris', '2011-10-29T09:00:00', '2011-10-29T12:00:00'))).not.toHaveProperty('daily');
    expect(sessionTimes({ allDay: true, start: '2011-11-17', endExclusive: '2011-11-19' })).toEqual({
      times: { allDay: true, start: '2011-11-17', end: '2011-11-19', timezone: null },
    });
  });

  it('repeats the first day’s wall clock in the zone when its VTIMEZONE holds on every day', () => {
    const { times, daily, overrides } = sessionTimes(timed('America/New_York', '2011-11-05T10:00:00', '2011-11-05T13:00:00', 3));
    expect([times.timezone, times.start, times.end, daily, overrides]).toEqual([
      'America/New_York',
      '2011-11-05T10:00:00',
      '2011-11-05T13:00:00',
      3,
      undefined,
    ]);
  });

  it('repeats every 24 h in UTC when the zone’s block cannot be trusted and the offset stays', () => {
    const { times, daily, overrides } = sessionTimes(timed('America/Sao_Paulo', '2011-12-01T10:00:00', '2011-12-01T12:00:00', 2));
    expect([times.timezone, times.start, times.end, daily, overrides]).toEqual([
      null,
      new Date('2011-12-01T12:00:00Z'),
      new Date('2011-12-01T14:00:00Z'),
      2,
      undefined,
    ]);
  });

  it('overrides a day that 24 h steps would misplace, when the offset changes between the days', () => {
    const { times, daily, overrides } = sessionTimes(timed('America/Sao_Paulo', '2011-10-15T10:00:00', undefined, 3));
    expect([times.start, times.end, daily]).toEqual([new Date('2011-10-15T13:00:00Z'), undefined, 3]);
    expect(overrides).toEqual([
      { recurrenceId: new Date('2011-10-16T13:00:00Z'), times: { allDay: false, start: new Date('2011-10-16T12:00:00Z'), end: undefined, timezone: null } },
      { recurrenceId: new Date('2011-10-17T13:00:00Z'), times: { allDay: false, start: new Date('2011-10-17T12:00:00Z'), end: undefined, timezone: null } },
    ]);
  });

  it('does not repeat a wall clock that happens twice on a later day in the zone’s own form', () => {
    // 01:30 on 2011-11-06 happens twice in New York: written in UTC, 24 h after the first day (EDT).
    const { times, daily, overrides } = sessionTimes(timed('America/New_York', '2011-11-05T01:30:00', undefined, 2));
    expect([times.timezone, times.start, daily, overrides]).toEqual([null, new Date('2011-11-05T05:30:00Z'), 2, undefined]);
  });
});
