import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../support/generate-plan.ts';
import {
  hasErrors,
  validateAgendaItem,
  validateDocumentRef,
  validateMandate,
  validateMeeting,
  validatePlan,
  validateResolution,
  validateSection,
} from '../../../src/lib/domain/validation.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { danglingReferences } from '../bundle-checks.ts';

const SMALL = { seed: 42, meetings: 200, agendaItems: 2000, mandates: 50 };

const allIds = (b: PlanBundle) => [
  b.plan.id,
  ...b.sections.map((r) => r.id),
  ...b.sections.flatMap((s) => s.paragraphs.map((p) => p.id)),
  ...b.resolutions.map((r) => r.id),
  ...b.mandates.map((r) => r.id),
  ...b.meetings.map((r) => r.id),
  ...b.agendaItems.map((r) => r.id),
  ...b.documents.map((r) => r.id),
  ...b.milestones.map((r) => r.id),
];

describe('generatePlan', () => {
  it('gives the same plan for the same seed and another for another seed', () => {
    expect(JSON.stringify(generatePlan(SMALL))).toBe(JSON.stringify(generatePlan(SMALL)));
    expect(JSON.stringify(generatePlan({ ...SMALL, seed: 43 }))).not.toBe(JSON.stringify(generatePlan(SMALL)));
  });

  it('has exactly the requested counts, unique ids and no dangling reference', () => {
    const b = generatePlan(SMALL);
    expect([b.meetings.length, b.agendaItems.length, b.mandates.length]).toEqual([200, 2000, 50]);
    const ids = allIds(b);
    expect(new Set(ids).size).toBe(ids.length);
    expect(danglingReferences(b)).toEqual([]);
    expect(b.resolutions.length).toBeGreaterThan(0);
    expect(b.documents.length).toBeGreaterThan(0);
    expect(b.sections.every((s) => s.paragraphs.length > 0)).toBe(true);
  });

  it('writes records that pass the validators', () => {
    const b = generatePlan(SMALL);
    const invalid = [
      ...[b.plan].filter((r) => hasErrors(validatePlan(r))).map((r) => r.id),
      ...b.sections.filter((r) => hasErrors(validateSection(r))).map((r) => r.id),
      ...b.resolutions.filter((r) => hasErrors(validateResolution(r))).map((r) => r.id),
      ...b.mandates.filter((r) => hasErrors(validateMandate(r))).map((r) => r.id),
      ...b.meetings.filter((r) => hasErrors(validateMeeting(r))).map((r) => r.id),
      ...b.agendaItems.filter((r) => hasErrors(validateAgendaItem(r))).map((r) => r.id),
      ...b.documents.filter((r) => hasErrors(validateDocumentRef(r))).map((r) => r.id),
    ];
    expect(invalid).toEqual([]);
  });

  it('varies meetings as a real plan does', () => {
    const b = generatePlan(SMALL);
    const years = new Set(b.meetings.map((m) => m.startDate.slice(0, 4)));
    expect(years.size).toBeGreaterThan(1);
    expect(new Set(b.meetings.map((m) => m.timeZone)).size).toBeGreaterThan(1);
    expect(b.meetings.some((m) => m.startTime)).toBe(true);
    expect(b.meetings.some((m) => m.endDate)).toBe(true);
    expect(b.meetings.some((m) => m.status === 'cancelled')).toBe(true);
    expect(b.meetings.some((m) => m.status === 'postponed')).toBe(true);
    expect(b.agendaItems.some((a) => a.outcome)).toBe(true);
    expect(b.agendaItems.some((a) => /[éèàç’]/.test(a.text.text))).toBe(true);
    expect(new Set(b.agendaItems.map((a) => a.meetingId)).size).toBe(200);
  });

  it('builds the full benchmark size with exact counts and unique ids', () => {
    const b = generatePlan({ seed: 1, meetings: 2000, agendaItems: 20_000, mandates: 500 });
    expect([b.meetings.length, b.agendaItems.length, b.mandates.length]).toEqual([2000, 20_000, 500]);
    const ids = allIds(b);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
