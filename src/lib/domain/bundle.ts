/*
 * A plan bundle seen as tables of records: the one place that knows which array of a
 * PlanBundle holds which table, so diffing, copying and writing a whole plan walk it alike.
 */
import type { Id, Instant, PlanBundle, RecordTable } from './types.ts';

/** Every table a plan's records live in, in the order they are listed and written. */
export const BUNDLE_TABLES = [
  'plans',
  'sections',
  'resolutions',
  'mandates',
  'meetings',
  'agendaItems',
  'documents',
  'milestones',
] as const satisfies readonly RecordTable[];

export type StoredRecord = { id: Id; updatedAt: Instant };

/** The records of `bundle` stored in `table` (the plan itself for 'plans'). */
export function recordsOf(bundle: PlanBundle, table: RecordTable): StoredRecord[] {
  return table === 'plans' ? [bundle.plan] : bundle[table];
}

/** A bundle with nothing but its plan. */
export function planOnly(plan: PlanBundle['plan']): PlanBundle {
  return { plan, sections: [], resolutions: [], mandates: [], meetings: [], agendaItems: [], documents: [], milestones: [] };
}

/** The record with `id` among `records`; none when no id is given (a form adding a record). */
export function byId<T extends { id: Id }>(records: readonly T[], id: Id | undefined): T | undefined {
  return id === undefined ? undefined : records.find((r) => r.id === id);
}
