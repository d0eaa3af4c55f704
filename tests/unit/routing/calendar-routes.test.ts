import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../../../src/lib/routing/routes.ts';

describe('calendar route', () => {
  it('parses the calendar with or without the month to show', () => {
    expect(parseHash('#/calendar')).toEqual({ name: 'calendar' });
    expect(parseHash('#/calendar?month=2011-09')).toEqual({ name: 'calendar', month: '2011-09' });
    expect(parseHash('#/calendar?month=2011-12&x=1')).toEqual({ name: 'calendar', month: '2011-12' });
  });

  it('ignores a month that is not "YYYY-MM" with a real month', () => {
    for (const month of ['2011-13', '2011-00', '2011-9', '11-09', 'septembre', '']) {
      expect(parseHash(`#/calendar?month=${month}`)).toEqual({ name: 'calendar' });
    }
    expect(parseHash('#/calendar?other=1')).toEqual({ name: 'calendar' });
  });

  it('round-trips through href', () => {
    for (const route of [{ name: 'calendar' }, { name: 'calendar', month: '2011-09' }] as const) {
      expect(parseHash(href(route))).toEqual(route);
    }
    expect(href({ name: 'calendar', month: '2011-09' })).toBe('#/calendar?month=2011-09');
  });

  it('refuses extra path segments', () => {
    expect(parseHash('#/calendar/2011-09').name).toBe('not-found');
    expect(parseHash('#/calendars').name).toBe('not-found');
  });
});
