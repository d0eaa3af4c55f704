import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { recordsOf, BUNDLE_TABLES } from '../../../src/lib/domain/bundle.ts';
import { copyBundle, emptyBundle } from '../../../src/lib/domain/plan-copy.ts';
import { diffBundles } from '../../../src/lib/domain/plan-diff.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { SHORT_TITLE_MAX } from '../../../src/lib/domain/validation.ts';
import { danglingReferences } from '../bundle-checks.ts';
import { makeBundle } from '../factories.ts';

const NOW = '2024-03-01T10:00:00.000Z';

function counter() {
  let n = 0;
  return (kind: string) => `copy/${kind}-${++n}`;
}

function allIds(b: PlanBundle): string[] {
  return [...BUNDLE_TABLES.flatMap((t) => recordsOf(b, t).map((r) => r.id)), ...b.sections.flatMap((s) => s.paragraphs.map((p) => p.id))];
}

describe('copyBundle', () => {
  it.each([
    ['a small plan', makeBundle()],
    ['the embedded plan', mispaIII],
  ])('gives %s all new ids and keeps it whole', (_name, source) => {
    const copy = copyBundle(source, 'copy', NOW, counter());
    const sourceIds = new Set(allIds(source));
    expect(allIds(copy).filter((id) => sourceIds.has(id))).toEqual([]);
    expect(new Set(allIds(copy)).size).toBe(allIds(source).length);
    expect(danglingReferences(source)).toEqual([]);
    expect(danglingReferences(copy)).toEqual([]);
  });

  it('rewrites every reference to the copied record, not just to some record', () => {
    const base = makeBundle();
    const source = { ...base, meetings: [{ ...base.meetings[0]!, currentItemId: base.agendaItems[1]!.id }] };
    const copy = copyBundle(source, 'copy', NOW, counter());
    const newId = new Map(BUNDLE_TABLES.flatMap((t) => recordsOf(source, t).map((r, i) => [r.id, recordsOf(copy, t)[i]!.id] as const)));
    expect(copy.mandates[0]!.resolutionId).toBe(newId.get(source.mandates[0]!.resolutionId));
    expect(copy.sections[1]!.parentId).toBe(newId.get(source.sections[1]!.parentId!));
    expect(copy.resolutions[0]!.sectionId).toBe(newId.get(source.resolutions[0]!.sectionId!));
    expect(copy.meetings[0]!.sourceSectionId).toBe(newId.get(source.meetings[0]!.sourceSectionId!));
    expect(copy.milestones[0]!.sourceSectionId).toBe(newId.get(source.milestones[0]!.sourceSectionId!));
    expect(copy.agendaItems.map((a) => a.meetingId)).toEqual([copy.meetings[0]!.id, copy.meetings[0]!.id]);
    expect(copy.meetings[0]!.currentItemId).toBe(copy.agendaItems[1]!.id);
    expect(copy.documents[0]!.citedIn.map((c) => c.id)).toEqual(source.documents[0]!.citedIn.map((c) => newId.get(c.id)));
  });

  it('keeps the content, stamps the copy, starts calendars afresh and is not the seed', () => {
    const copy = copyBundle(mispaIII, 'copy', NOW, counter());
    expect(copy.plan).toMatchObject({ id: 'copy', createdAt: NOW, updatedAt: NOW, title: mispaIII.plan.title });
    expect(copy.plan.seedKey).toBeUndefined();
    expect(copy.meetings.every((m) => m.sequence === 0 && m.planId === 'copy' && m.updatedAt === NOW)).toBe(true);
    expect(copy.mandates.map((m) => m.text)).toEqual(mispaIII.mandates.map((m) => m.text));
    expect(copy.sections.map((s) => s.paragraphs.map((p) => p.text))).toEqual(mispaIII.sections.map((s) => s.paragraphs.map((p) => p.text)));
  });

  it('leaves the source untouched', () => {
    const source = makeBundle();
    const before = structuredClone(source);
    copyBundle(source, 'copy', NOW, counter());
    expect(diffBundles(before, source)).toEqual([]);
    expect(source).toEqual(before);
  });
});

describe('emptyBundle', () => {
  it('is a draft plan with nothing in it', () => {
    const b = emptyBundle('p', 'Plan 2025', 'Europe/Paris', 'fr', NOW);
    expect(b.plan).toEqual({
      id: 'p',
      updatedAt: NOW,
      createdAt: NOW,
      title: { lang: 'fr', text: 'Plan 2025' },
      shortTitle: { lang: 'fr', text: 'Plan 2025' },
      body: { lang: 'fr', text: '' },
      language: 'fr',
      timeZone: 'Europe/Paris',
      status: 'draft',
    });
    expect(BUNDLE_TABLES.slice(1).every((t) => recordsOf(b, t).length === 0)).toBe(true);
  });

  it('cuts a long title to make the short one', () => {
    const short = emptyBundle('p', 'x'.repeat(200), 'UTC', 'fr', NOW).plan.shortTitle.text;
    expect(short).toHaveLength(SHORT_TITLE_MAX);
    expect(short.endsWith('…')).toBe(true);
  });
});
