import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { BUNDLE_TABLES, byId, planOnly, recordsOf } from '../../../src/lib/domain/bundle.ts';

describe('a bundle as tables of records', () => {
  it('finds a record by its id, and none without an id or for an unknown one', () => {
    const meeting = mispaIII.meetings[1]!;
    expect(byId(mispaIII.meetings, meeting.id)).toBe(meeting);
    expect(byId(mispaIII.meetings, undefined)).toBeUndefined();
    expect(byId(mispaIII.meetings, 'nowhere')).toBeUndefined();
  });

  it('lists the plan as the only record of its table, and a plan alone has no others', () => {
    expect(recordsOf(mispaIII, 'plans')).toEqual([mispaIII.plan]);
    const alone = planOnly(mispaIII.plan);
    for (const table of BUNDLE_TABLES.filter((t) => t !== 'plans')) expect(recordsOf(alone, table)).toEqual([]);
  });
});
