import { describe, expect, it } from 'vitest';
import { CALENDAR_FIELDS, nextSequence } from '../../../src/lib/domain/sequence.ts';
import type { Meeting } from '../../../src/lib/domain/types.ts';
import { fr, makeMeeting } from '../factories.ts';

const before = makeMeeting({
  sequence: 3,
  title: fr('Réunion'),
  place: fr('Washington'),
  startTime: '10:00',
  endTime: '13:00',
  endDate: '2011-09-16',
});

const changes: Record<(typeof CALENDAR_FIELDS)[number], Partial<Meeting>> = {
  startDate: { startDate: '2011-09-14' },
  endDate: { endDate: undefined },
  startTime: { startTime: '09:00' },
  endTime: { endTime: '12:00' },
  timeZone: { timeZone: 'Europe/Paris' },
  place: { place: fr('Port of Spain') },
  title: { title: { lang: 'fr', text: 'Réunion', translations: { en: 'Meeting' } } },
  status: { status: 'cancelled' },
};

describe('nextSequence', () => {
  it.each(Object.entries(changes))('rises by one when %s changes', (_field, change) => {
    expect(nextSequence(before, { ...before, ...change })).toBe(4);
  });

  it('stays when nothing a calendar shows changed', () => {
    const same = { ...before, title: fr('Réunion'), place: fr('Washington'), kind: 'expert' as const, sourceSectionId: 's', updatedAt: 'later' };
    expect(nextSequence(before, same)).toBe(3);
  });

  it('counts from the stored meeting, whatever the new one carries', () => {
    expect(nextSequence(before, { ...before, sequence: 0, status: 'held' })).toBe(4);
  });
});
