/*
 * The checks a schema cannot make record by record: ids unique across the whole file, every
 * record in the plan that holds it, every reference resolving to a record of that same plan,
 * no section its own ancestor, every record (and every version a history entry could put
 * back) meeting the rules the forms apply (record-problems.ts: a meeting ending after it
 * starts, no empty required text...), history entries describing the records they name. Run
 * on a file the schema accepted; returns problems with the path of the offending field.
 */
import { BUNDLE_TABLES, recordsOf } from '../domain/bundle.ts';
import type { HistoryEntry, Id, PlanBundle } from '../domain/types.ts';
import type { PlanFile } from './format.ts';
import { problem, type FileProblem } from './problems.ts';
import { recordProblems } from './record-problems.ts';

type Ref = { from: string; field: string; to: keyof PlanBundle; id: Id | null | undefined };

export function checkPlanFile(file: PlanFile): FileProblem[] {
  const seen = new Map<Id, string>();
  return file.plans.flatMap((entry, i) => [
    ...checkBundle(entry.bundle, `plans[${i}].bundle`, seen),
    ...(entry.history ?? []).flatMap((h, k) => checkHistoryEntry(h, entry.bundle.plan.id, `plans[${i}].history[${k}]`)),
  ]);
}

/** Problems of one bundle at `at`; `seen` collects ids (with their paths) across bundles. */
export function checkBundle(bundle: PlanBundle, at: string, seen = new Map<Id, string>()): FileProblem[] {
  const problems: FileProblem[] = [];
  const unique = (id: Id, path: string) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else problems.push(problem(`${path}.id`, 'file.duplicateId', { id, first }));
  };
  for (const table of BUNDLE_TABLES) {
    recordsOf(bundle, table).forEach((record, j) => {
      const path = table === 'plans' ? `${at}.plan` : `${at}.${table}[${j}]`;
      unique(record.id, path);
      const planId = (record as { planId?: Id }).planId;
      if (table !== 'plans' && planId !== bundle.plan.id) problems.push(problem(`${path}.planId`, 'file.wrongPlan', { id: planId ?? '' }));
      problems.push(...recordProblems(table, record, path));
    });
  }
  bundle.sections.forEach((s, j) => s.paragraphs.forEach((p, k) => unique(p.id, `${at}.sections[${j}].paragraphs[${k}]`)));
  problems.push(...danglingRefs(bundle, at), ...sectionCycles(bundle, at));
  return problems;
}

function references(bundle: PlanBundle): Ref[] {
  const refs: Ref[] = [];
  const add = (from: string, field: string, to: keyof PlanBundle, id: Id | null | undefined) => refs.push({ from, field, to, id });
  bundle.sections.forEach((s, j) => add(`sections[${j}]`, 'parentId', 'sections', s.parentId));
  bundle.resolutions.forEach((r, j) => add(`resolutions[${j}]`, 'sectionId', 'sections', r.sectionId));
  bundle.mandates.forEach((m, j) => add(`mandates[${j}]`, 'resolutionId', 'resolutions', m.resolutionId));
  bundle.meetings.forEach((m, j) => add(`meetings[${j}]`, 'sourceSectionId', 'sections', m.sourceSectionId));
  bundle.agendaItems.forEach((a, j) => add(`agendaItems[${j}]`, 'meetingId', 'meetings', a.meetingId));
  bundle.milestones.forEach((m, j) => add(`milestones[${j}]`, 'sourceSectionId', 'sections', m.sourceSectionId));
  bundle.documents.forEach((d, j) => d.citedIn.forEach((c, k) => add(`documents[${j}]`, `citedIn[${k}].id`, `${c.kind}s`, c.id)));
  return refs;
}

function danglingRefs(bundle: PlanBundle, at: string): FileProblem[] {
  const ids = new Map<keyof PlanBundle, Set<Id>>();
  const idsOf = (table: keyof PlanBundle) => {
    let set = ids.get(table);
    if (!set) ids.set(table, (set = new Set((bundle[table] as { id: Id }[]).map((r) => r.id))));
    return set;
  };
  return references(bundle)
    .filter((ref) => ref.id !== null && ref.id !== undefined && !idsOf(ref.to).has(ref.id))
    .map((ref) => problem(`${at}.${ref.from}.${ref.field}`, 'file.referenceUnknown', { id: ref.id! }));
}

/** Sections whose parent chain comes back to themselves (the plan's outline would never end). */
function sectionCycles(bundle: PlanBundle, at: string): FileProblem[] {
  const parent = new Map(bundle.sections.map((s) => [s.id, s.parentId]));
  return bundle.sections.flatMap((s, j) => {
    const visited = new Set<Id>([s.id]);
    for (let p = s.parentId; p !== null && p !== undefined; p = parent.get(p) ?? null) {
      if (visited.has(p)) return [problem(`${at}.sections[${j}].parentId`, 'file.parentCycle', { id: s.parentId! })];
      visited.add(p);
    }
    return [];
  });
}

/**
 * An entry must belong to its plan and describe the record it names, as its operation says;
 * the versions it holds are what "restore" would store, so they meet the forms' rules too.
 */
function checkHistoryEntry(entry: HistoryEntry, planId: Id, path: string): FileProblem[] {
  if (entry.planId !== planId) return [problem(`${path}.planId`, 'file.wrongPlan', { id: entry.planId })];
  const before = entry.before as { id: Id; planId?: Id } | undefined;
  const after = entry.after as { id: Id; planId?: Id } | undefined;
  const shapeOk = entry.op === 'create' ? !before && after : entry.op === 'delete' ? before && !after : before && after;
  if (!shapeOk) return [problem(`${path}.op`, 'file.historyMismatch')];
  const mismatch = [before, after].some((r) => r && (r.id !== entry.recordId || (entry.table === 'plans' ? r.id : r.planId) !== planId));
  if (mismatch) return [problem(`${path}.recordId`, 'file.historyMismatch')];
  return (['before', 'after'] as const).flatMap((which) => (entry[which] ? recordProblems(entry.table, entry[which], `${path}.${which}`) : []));
}
