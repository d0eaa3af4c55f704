import { afterEach, describe, expect, it } from 'vitest';
import { meetingInstants, meetingSessions } from '../../../src/lib/domain/zoned-time.ts';
import { setLanguage } from '../../../src/lib/i18n/index.ts';
import { meetingTime } from '../../../src/lib/i18n/meeting-time.ts';
import { makeMeeting } from '../factories.ts';

const NY = 'America/New_York';
const PARIS = 'Europe/Paris';
const at = (date: string, startTime = '10:00', endTime: string | null = '13:00', timeZone = NY) =>
  makeMeeting({ startDate: date, startTime, endTime: endTime ?? undefined, timeZone });

afterEach(() => setLanguage('fr'));

describe('meetingInstants', () => {
  it('gives the instants of a timed meeting in its own zone: its first session over several days', () => {
    expect(meetingInstants(at('2011-09-15'))).toEqual({
      start: Date.parse('2011-09-15T14:00:00Z'),
      end: Date.parse('2011-09-15T17:00:00Z'),
    });
    const twoDays = makeMeeting({ startDate: '2011-11-17', endDate: '2011-11-18', startTime: '09:00', endTime: '18:00', timeZone: 'America/Port_of_Spain' });
    expect(meetingInstants(twoDays)).toEqual({ start: Date.parse('2011-11-17T13:00:00Z'), end: Date.parse('2011-11-17T22:00:00Z') });
    // An end time not after the start: one stretch to the last day.
    const overnight = makeMeeting({ startDate: '2011-11-17', endDate: '2011-11-18', startTime: '18:00', endTime: '10:00', timeZone: NY });
    expect(meetingInstants(overnight)).toEqual({ start: Date.parse('2011-11-17T23:00:00Z'), end: Date.parse('2011-11-18T15:00:00Z') });
    expect(meetingInstants(at('2011-09-15', '10:00', null))).toEqual({ start: Date.parse('2011-09-15T14:00:00Z'), end: undefined });
    expect(meetingInstants(makeMeeting())).toBeUndefined();
  });
});

describe('meetingSessions', () => {
  it('holds a meeting over several days on each day, at its wall clock across a DST change', () => {
    const days = makeMeeting({ startDate: '2011-11-05', endDate: '2011-11-07', startTime: '10:00', endTime: '13:00', timeZone: NY });
    expect(meetingSessions(days)?.map((s) => [new Date(s.start).toISOString(), new Date(s.end ?? NaN).toISOString()])).toEqual([
      ['2011-11-05T14:00:00.000Z', '2011-11-05T17:00:00.000Z'],
      ['2011-11-06T15:00:00.000Z', '2011-11-06T18:00:00.000Z'], // clocks went back at 02:00
      ['2011-11-07T15:00:00.000Z', '2011-11-07T18:00:00.000Z'],
    ]);
    expect(meetingSessions({ ...days, endTime: undefined })?.map((s) => s.end)).toEqual([undefined, undefined, undefined]);
    expect(meetingSessions(makeMeeting({ startDate: '2011-11-05', endDate: '2011-11-07' }))).toBeUndefined();
  });
});

describe('meetingTime', () => {
  it('says a meeting over several days is held at that time each day, as the calendar file has it', async () => {
    const days = makeMeeting({ startDate: '2011-11-17', endDate: '2011-11-18', startTime: '10:00', endTime: '13:00', timeZone: NY });
    expect(meetingTime(days, NY)).toBe('10:00 – 13:00 chaque jour');
    expect(meetingTime(days, PARIS)).toBe('10:00 – 13:00 chaque jour (heure de New York) · 16:00 – 19:00 votre heure');
    await setLanguage('en');
    expect(meetingTime(days, NY)).toBe('10:00 AM – 1:00 PM each day');
    expect(meetingTime({ ...days, endTime: '09:00', startTime: '18:00' }, NY)).toBe('6:00 PM – 9:00 AM');
  });

  it('shows only the meeting’s time when the device is in the same zone, or one with the same clocks', () => {
    expect(meetingTime(at('2011-09-15'), NY)).toBe('10:00 – 13:00');
    expect(meetingTime(at('2011-09-15', '10:00', '13:00', 'Europe/Berlin'), PARIS)).toBe('10:00 – 13:00');
    expect(meetingTime(at('2011-09-15', '10:00', null), NY)).toBe('10:00');
  });

  it('adds the device’s time, following each side’s summer time (US/EU gap of 2011-10-30 … 11-06)', () => {
    expect(meetingTime(at('2011-09-15'), PARIS)).toBe('10:00 – 13:00 (heure de New York) · 16:00 – 19:00 votre heure');
    // Paris is back on winter time, New York not yet: five hours apart instead of six.
    expect(meetingTime(at('2011-10-30'), PARIS)).toBe('10:00 – 13:00 (heure de New York) · 15:00 – 18:00 votre heure');
    expect(meetingTime(at('2011-11-04'), PARIS)).toBe('10:00 – 13:00 (heure de New York) · 15:00 – 18:00 votre heure');
    expect(meetingTime(at('2011-11-07'), PARIS)).toBe('10:00 – 13:00 (heure de New York) · 16:00 – 19:00 votre heure');
    expect(meetingTime(at('2011-10-30', '10:00', '11:30', PARIS), NY)).toBe('10:00 – 11:30 (heure de Paris) · 5:00 – 6:30 votre heure');
  });

  it('names the day when the device’s clocks are on another one, and names the zone’s city in the interface language', () => {
    expect(meetingTime(at('2011-09-15', '22:00', null, 'America/Port_of_Spain'), 'Asia/Tokyo')).toBe(
      '22:00 (heure de Port-d’Espagne) · 16 sept., 11:00 votre heure',
    );
    // Start and end on the same next day: the day is named once.
    expect(meetingTime(at('2011-09-15', '20:00', '21:30'), 'Asia/Tokyo')).toBe('20:00 – 21:30 (heure de New York) · 16 sept., 9:00 – 10:30 votre heure');
    // Only the end on the next day: named for the end.
    expect(meetingTime(at('2011-09-15', '10:00', '23:00'), PARIS)).toBe('10:00 – 23:00 (heure de New York) · 16:00 – 16 sept., 5:00 votre heure');
  });

  it('speaks the interface language', async () => {
    await setLanguage('en');
    expect(meetingTime(at('2011-09-15'), PARIS)).toBe('10:00 AM – 1:00 PM (New York time) · 4:00 PM – 7:00 PM your time');
  });

  it('keeps whole-day meetings as they are, and the meeting’s own time alone when the device zone is not a known one', () => {
    expect(meetingTime(makeMeeting(), PARIS)).toBe('Journée entière (heure non précisée)');
    expect(meetingTime(at('2011-09-15'), 'Not/A_Zone')).toBe('10:00 – 13:00');
  });
});

describe('meetingTime at the clock changes', () => {
  it('says which of the two a time the clocks show twice is, and gives the device time of the instant chosen', () => {
    const second = makeMeeting({ startDate: '2011-11-06', startTime: '01:30', startOffset: -300, endTime: '03:00', timeZone: NY });
    expect(meetingTime(second, NY)).toBe('1:30 UTC−05:00 – 3:00');
    // 06:30Z is 07:30 in Paris (the first 01:30 would be 06:30).
    expect(meetingTime(second, PARIS)).toBe('1:30 UTC−05:00 – 3:00 (heure de New York) · 7:30 – 9:00 votre heure');
  });
});

describe('meetingTime city names', () => {
  it('names the meeting’s city in the interface language, and an unlisted zone by its IANA city', async () => {
    await setLanguage('es');
    expect(meetingTime(at('2011-09-15'), PARIS)).toMatch(/\(hora de Nueva York\)/);
    expect(meetingTime(at('2011-09-15', '10:00', null, 'America/Indiana/Indianapolis'), PARIS)).toMatch(/\(hora de Indianapolis\)/);
  });
});
