/*
 * Keeping links whole when records go: a removed record must leave nothing pointing at it
 * (a document "cited in" it, a resolution presented in it, a meeting or milestone sourced
 * from it). The references are cleared in the same batch, so undo puts them back too.
 */
import type { CitationTarget, Id, RecordTable } from '../../domain/types.ts';
import type { QuorumDatabase } from '../database.ts';
import type { CommandContext } from './context.ts';
import { ValidationError } from './errors.ts';

/** Which table holds the records a citation of each kind points to. */
const CITATION_TABLES = {
  section: 'sections',
  resolution: 'resolutions',
  mandate: 'mandates',
  milestone: 'milestones',
  meeting: 'meetings',
} as const satisfies Record<CitationTarget['kind'], string>;

/** Clears every reference, within plan `planId`, to the records whose ids are in `removed`. */
export async function detachReferences(ctx: CommandContext, planId: Id, removed: ReadonlySet<Id>): Promise<void> {
  const { db } = ctx;
  for (const doc of await db.documents.where({ planId }).toArray()) {
    const citedIn = doc.citedIn.filter((c) => !removed.has(c.id));
    if (citedIn.length !== doc.citedIn.length) await ctx.update('documents', doc, { ...doc, citedIn });
  }
  for (const r of await db.resolutions.where({ planId }).toArray()) {
    if (r.sectionId !== undefined && removed.has(r.sectionId)) await ctx.update('resolutions', r, without(r, 'sectionId'));
  }
  for (const m of await db.meetings.where({ planId }).toArray()) {
    if (m.sourceSectionId !== undefined && removed.has(m.sourceSectionId)) await ctx.update('meetings', m, without(m, 'sourceSectionId'));
  }
  for (const m of await db.milestones.where({ planId }).toArray()) {
    if (m.sourceSectionId !== undefined && removed.has(m.sourceSectionId)) await ctx.update('milestones', m, without(m, 'sourceSectionId'));
  }
}

/** The citations among `citedIn` that point to no record of plan `planId`, by index. */
export async function unknownCitations(ctx: CommandContext, planId: Id, citedIn: readonly CitationTarget[]): Promise<number[]> {
  const missing: number[] = [];
  for (const [i, target] of citedIn.entries()) {
    const record = (await ctx.db.table(CITATION_TABLES[target.kind]).get(target.id)) as { planId: Id } | undefined;
    if (record?.planId !== planId) missing.push(i);
  }
  return missing;
}

/** Throws a ValidationError on `field` unless record `id` (when given) of `table` is in plan `planId`. */
export async function assertInPlan(db: QuorumDatabase, table: RecordTable, id: Id | null | undefined, planId: Id, field: string): Promise<void> {
  if (id === null || id === undefined) return;
  const record = (await db.table(table).get(id)) as { planId: Id } | undefined;
  if (record?.planId !== planId) throw new ValidationError({ [field]: { key: 'validation.referenceUnknown' } });
}

function without<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
