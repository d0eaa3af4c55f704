import { describe, expect, it } from 'vitest';
import { isPastMeeting } from '../../../src/lib/domain/meeting-past.ts';
import { makeMeeting } from '../factories.ts';

describe('isPastMeeting', () => {
  it('is past once its last day is over in its own zone, not before', () => {
    const m = makeMeeting({ startDate: '2011-11-17', endDate: '2011-11-18', timeZone: 'America/New_York' });
    expect(isPastMeeting(m, new Date('2011-11-18T23:00:00Z'))).toBe(false); // 18:00 in New York
    expect(isPastMeeting(m, new Date('2011-11-19T04:30:00Z'))).toBe(false); // 23:30 in New York
    expect(isPastMeeting(m, new Date('2011-11-19T05:30:00Z'))).toBe(true);
    expect(isPastMeeting(m, new Date('2011-11-16T12:00:00Z'))).toBe(false);
  });
});
