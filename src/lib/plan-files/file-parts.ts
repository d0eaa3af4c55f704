/*
 * A checked PlanFile cut into parts for the trip from the read worker to the page: the file
 * with its long lists emptied, and the lists' records in slices. The page receives each
 * message as its own task, so taking in the largest file never holds it for long, where one
 * message with everything took half a second on a slow phone.
 */
import type { PlanFile, PlanFileEntry } from './format.ts';

/** What is cut: a plan file, or only its plans (the .ics read worker receives its target plan so). */
type Plans = { plans: PlanFileEntry[] };

/** The lists of a plan entry that are cut: the bundle's lists and the history. */
const LISTS = ['sections', 'resolutions', 'mandates', 'meetings', 'agendaItems', 'documents', 'milestones', 'history'] as const;
type ListName = (typeof LISTS)[number];

/** Records per part. */
const PART_RECORDS = 1_000;

export type FilePart = { plan: number; list: ListName; records: unknown[] };

/** `file` without its long lists, and those lists in parts, in order. */
export function splitFile<F extends Plans = PlanFile>(file: F): { skeleton: F; parts: FilePart[] } {
  const parts: FilePart[] = [];
  const plans = file.plans.map((entry, plan) => {
    const lists = Object.fromEntries(LISTS.map((list) => [list, listOf(entry, list)]));
    for (const list of LISTS) {
      const records = lists[list] ?? [];
      for (let i = 0; i < records.length; i += PART_RECORDS) parts.push({ plan, list, records: records.slice(i, i + PART_RECORDS) });
    }
    const { history, bundle } = entry;
    const emptied = Object.fromEntries(LISTS.filter((l) => l !== 'history').map((l) => [l, []]));
    return { ...entry, bundle: { ...bundle, ...emptied }, ...(history ? { history: [] } : {}) };
  });
  return { skeleton: { ...file, plans }, parts };
}

/** Puts `part`'s records back at the end of their list in `skeleton` (parts come in order). */
export function joinPart(skeleton: Plans, part: FilePart): void {
  const entry = skeleton.plans[part.plan]!;
  const list = (part.list === 'history' ? entry.history : entry.bundle[part.list]) as unknown[];
  for (const record of part.records) list.push(record);
}

function listOf(entry: PlanFileEntry, list: ListName): unknown[] | undefined {
  return list === 'history' ? entry.history : entry.bundle[list];
}
