/*
 * The clock-change messages read in each interface language: the day as a long date, the
 * zone by its city, times and UTC offsets as that language writes them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { meetingClockErrors } from '../../../src/lib/domain/meeting-clock.ts';
import { readableParams, utcOffset } from '../../../src/lib/i18n/clock-words.ts';
import { setLanguage, t } from '../../../src/lib/i18n/index.ts';

const NY = { timeZone: 'America/New_York' };
const message = (fields: Parameters<typeof meetingClockErrors>[0], field: string) => {
  const error = meetingClockErrors(fields)[field]!;
  return t(error.key, readableParams(error.params));
};
const gap = () => message({ ...NY, startDate: '2011-03-13', startTime: '02:30' }, 'startTime');
const twice = () => message({ ...NY, startDate: '2011-11-06', startTime: '01:30' }, 'startOffset');

afterEach(() => setLanguage('fr'));

describe('clock-change messages', () => {
  it('write UTC offsets with a true minus sign and minutes', () => {
    expect([utcOffset(-240), utcOffset(330), utcOffset(0), utcOffset(-570)]).toEqual(['UTC−04:00', 'UTC+05:30', 'UTC+00:00', 'UTC−09:30']);
  });

  it('name the gap and the doubled hour in English, Spanish and Portuguese too', async () => {
    await setLanguage('en');
    expect(gap()).toBe('2:30 AM does not exist on March 13, 2011 in New York: clocks go from 2:00 AM to 3:00 AM.');
    expect(twice()).toBe('1:30 AM happens twice on November 6, 2011 in New York (clocks go back from 2:00 AM to 1:00 AM): choose which one.');
    await setLanguage('es');
    expect(gap()).toBe('Las 2:30 no existen el 13 de marzo de 2011 en Nueva York: los relojes pasan de las 2:00 a las 3:00.');
    await setLanguage('pt');
    expect(gap()).toBe('2:30 não existe em 13 de março de 2011 em Nova York: os relógios passam de 2:00 para 3:00.');
  });

  it('leave other messages’ parameters as they are', () => {
    expect(readableParams({ value: '2011-02-30' })).toEqual({ value: '2011-02-30' });
  });
});
