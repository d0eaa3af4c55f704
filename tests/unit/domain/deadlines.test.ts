import { describe, expect, it } from 'vitest';
import { nextDeadline } from '../../../src/lib/domain/deadlines.ts';
import { makeMandate } from '../factories.ts';

describe('nextDeadline', () => {
  const early = makeMandate({ id: 'early', order: 0, dueDate: '2011-10-01' });
  const late = makeMandate({ id: 'late', order: 1, dueDate: '2011-11-01' });
  const undated = makeMandate({ id: 'undated', order: 2 });

  it('is the earliest due date to come, before it and on the day itself', () => {
    expect(nextDeadline([late, undated, early], '2011-09-16')).toBe(early);
    expect(nextDeadline([late, early], '2011-10-01')).toBe(early);
  });

  it('moves on to the next one once a due date is past, and is none after the last', () => {
    expect(nextDeadline([late, early], '2011-10-02')).toBe(late);
    expect(nextDeadline([late, early], '2011-11-02')).toBeUndefined();
  });

  it('ignores mandates done or dropped, and is none when no mandate has a due date', () => {
    const done = makeMandate({ id: 'done', dueDate: '2011-09-20', status: 'done' });
    const dropped = makeMandate({ id: 'dropped', dueDate: '2011-09-21', status: 'dropped' });
    const underWay = makeMandate({ id: 'under-way', dueDate: '2011-09-25', status: 'in-progress' });
    expect(nextDeadline([done, dropped, underWay, late], '2011-09-16')).toBe(underWay);
    expect(nextDeadline([undated], '2011-09-16')).toBeUndefined();
  });

  it('breaks a tie by the mandates’ order', () => {
    const first = makeMandate({ id: 'first', order: 0, dueDate: '2011-10-01' });
    const second = makeMandate({ id: 'second', order: 5, dueDate: '2011-10-01' });
    expect(nextDeadline([second, first], '2011-09-16')).toBe(first);
  });
});
