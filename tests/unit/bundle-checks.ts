/*
 * Test helper: every reference between the records of a plan bundle that points at nothing
 * (or at another plan), as readable strings. An empty list means the bundle is whole.
 */
import type { PlanBundle } from '../../src/lib/domain/types.ts';

export function danglingReferences(b: PlanBundle): string[] {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
  const sections = ids(b.sections);
  const byKind: Record<string, Set<string>> = {
    section: sections,
    resolution: ids(b.resolutions),
    mandate: ids(b.mandates),
    meeting: ids(b.meetings),
    milestone: ids(b.milestones),
  };
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  const owned = [...b.sections, ...b.resolutions, ...b.mandates, ...b.meetings, ...b.agendaItems, ...b.documents, ...b.milestones];
  for (const r of owned) check(r.planId === b.plan.id, `${r.id}.planId`);
  for (const s of b.sections) check(s.parentId === null || sections.has(s.parentId), `${s.id}.parentId`);
  for (const r of b.resolutions) check(r.sectionId === undefined || sections.has(r.sectionId), `${r.id}.sectionId`);
  for (const m of b.mandates) check(byKind.resolution!.has(m.resolutionId), `${m.id}.resolutionId`);
  for (const a of b.agendaItems) check(byKind.meeting!.has(a.meetingId), `${a.id}.meetingId`);
  for (const m of [...b.meetings, ...b.milestones]) {
    check(m.sourceSectionId === undefined || sections.has(m.sourceSectionId), `${m.id}.sourceSectionId`);
  }
  for (const d of b.documents) for (const c of d.citedIn) check(byKind[c.kind]!.has(c.id), `${d.id}.citedIn ${c.id}`);
  return bad;
}
