import { describe, expect, it } from 'vitest';
import { feedAddress } from '../../../src/lib/following/feed-address.ts';

describe('the feed address of a followed plan', () => {
  it('is the calendar.ics beside a published plan file, as https and as webcal', () => {
    expect(feedAddress('https://plans.example.org/quorum/plans/mispa-iii/plan.quorum.json')).toEqual({
      https: 'https://plans.example.org/quorum/plans/mispa-iii/calendar.ics',
      webcal: 'webcal://plans.example.org/quorum/plans/mispa-iii/calendar.ics',
    });
    expect(feedAddress('http://127.0.0.1:8080/plans/p_1/plan.quorum.json')?.webcal).toBe('webcal://127.0.0.1:8080/plans/p_1/calendar.ics');
  });

  it('is none for a plan file outside a site’s layout, or an address that is not http(s)', () => {
    for (const url of [
      'https://plans.example.org/plans/mispa-iii.quorum.json',
      'https://plans.example.org/plans/mispa-iii/plan.quorum.json?v=2',
      'https://plans.example.org/plans/a/b/plan.quorum.json',
      'ftp://plans.example.org/plans/mispa-iii/plan.quorum.json',
      'not a url',
    ])
      expect(feedAddress(url)).toBeUndefined();
  });
});
