/*
 * Test-data factories: each returns a complete, valid record with plain defaults (a French
 * plan on America/New_York, a planned one-day working-group meeting), overridden by the
 * fields a test cares about. Tests say only what matters to them.
 */
import type { AgendaItem, LocalizedText, Meeting, Milestone, Plan } from '../../src/lib/domain/types.ts';

const STAMP = '2011-09-01T12:00:00.000Z';

export function fr(text: string): LocalizedText {
  return { lang: 'fr', text };
}

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    updatedAt: STAMP,
    createdAt: STAMP,
    title: fr('Plan de travail du groupe de travail chargé de préparer la MISPA-III'),
    shortTitle: fr('MISPA-III'),
    body: fr('Commission sur la sécurité hémisphérique'),
    language: 'fr',
    timeZone: 'America/New_York',
    status: 'adopted',
    ...overrides,
  };
}

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    kind: 'working-group',
    startDate: '2011-09-15',
    timeZone: 'America/New_York',
    status: 'planned',
    sequence: 0,
    ...overrides,
  };
}

export function makeAgendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 'item-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    meetingId: 'meeting-1',
    order: 1,
    text: fr('Adoption de l’ordre du jour'),
    ...overrides,
  };
}

export function makeMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'milestone-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    date: '2011-06-07',
    title: fr('Adoption de la résolution'),
    ...overrides,
  };
}
