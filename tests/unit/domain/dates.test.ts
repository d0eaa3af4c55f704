import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, isTimeZone, monthOf, todayIn } from '../../../src/lib/domain/dates.ts';

describe('dates', () => {
  it('accepts only dates that exist', () => {
    expect(isIsoDate('2011-09-15')).toBe(true);
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(isIsoDate('2011-02-29')).toBe(false);
    expect(isIsoDate('2011-02-30')).toBe(false);
    expect(isIsoDate('2011-13-01')).toBe(false);
    expect(isIsoDate('2011-9-15')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('adds days across month and year ends and a DST change', () => {
    expect(addDays('2011-09-30', 1)).toBe('2011-10-01');
    expect(addDays('2011-12-31', 1)).toBe('2012-01-01');
    expect(addDays('2011-11-06', 1)).toBe('2011-11-07');
    expect(addDays('2011-03-01', -1)).toBe('2011-02-28');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2011-09-15', '2011-09-22')).toBe(7);
    expect(daysBetween('2011-09-22', '2011-09-15')).toBe(-7);
    expect(daysBetween('2011-10-27', '2011-11-17')).toBe(21);
  });

  it('knows which day it is in a given zone', () => {
    const instant = new Date('2011-09-15T02:30:00Z'); // 22:30 on the 14th in Washington
    expect(todayIn('America/New_York', instant)).toBe('2011-09-14');
    expect(todayIn('Europe/Paris', instant)).toBe('2011-09-15');
    expect(todayIn('Pacific/Auckland', instant)).toBe('2011-09-15');
  });

  it('groups by month and validates zone names', () => {
    expect(monthOf('2011-09-29')).toBe('2011-09');
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('todayIn with its formatter kept per zone', () => {
  it('answers for each zone and instant, whatever was asked before', () => {
    const instant = new Date('2011-09-15T20:00:00Z'); // 16:00 in New York, 05:00 the 16th in Tokyo
    expect(todayIn('America/New_York', instant)).toBe('2011-09-15');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2011-09-16');
    expect(todayIn('America/New_York', instant)).toBe('2011-09-15');
    expect(todayIn('America/New_York', new Date('2011-09-16T04:30:00Z'))).toBe('2011-09-16');
  });
});
