/* The meeting page's notices about a meeting time its zone's clock changes make wrong. */
import { afterEach, describe, expect, it } from 'vitest';
import { clockNotices } from '../../../src/lib/i18n/clock-notices.ts';
import { setLanguage } from '../../../src/lib/i18n/index.ts';
import { makeMeeting } from '../factories.ts';

afterEach(() => setLanguage('fr'));

describe('clock notices', () => {
  it('say nothing of a meeting at a time its clocks show once', () => {
    expect(clockNotices(makeMeeting({ startDate: '2011-03-13', timeZone: 'America/New_York', startTime: '10:00', endTime: '12:00' }))).toEqual([]);
  });

  it('name a time the clocks skip, in the interface language, with the day, city and clock times', async () => {
    const skipped = makeMeeting({ startDate: '2011-03-13', timeZone: 'America/New_York', startTime: '02:30', endTime: '04:00' });
    const [notice] = clockNotices(skipped);
    expect(notice).toContain('n’existe pas le 13 mars 2011 à New York');
    await setLanguage('en');
    expect(clockNotices(skipped)).toEqual([expect.stringContaining('does not exist on March 13, 2011 in New York')]);
  });
});
