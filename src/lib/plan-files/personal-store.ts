/*
 * The personal backup against the database: writing every mark and note on the device (of
 * every plan, a deleted plan's kept ones included) into a personal file; the preview of a
 * file (how many marks and notes for which plans, how many here it would replace); and the
 * restore, in one transaction over `marks` and `notes` only: all of it is written or, on any
 * failure (a full disk), none. Entries here that the file lacks are kept.
 */
import { sameValue } from '../domain/equal.ts';
import type { Mark, Note } from '../domain/personal.ts';
import type { Id } from '../domain/types.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { planFileName } from './export-store.ts';
import { PERSONAL_FORMAT, PERSONAL_VERSION, type PersonalFile } from './personal-file.ts';

export async function exportPersonal(db: QuorumDatabase, now = new Date()): Promise<{ text: string; fileName: string; marks: number; notes: number }> {
  const [marks, notes] = await db.transaction('r', [db.marks, db.notes], () => Promise.all([db.marks.toArray(), db.notes.toArray()]));
  const file: PersonalFile = { format: PERSONAL_FORMAT, version: PERSONAL_VERSION, exportedAt: now.toISOString(), app: 'Quorum', marks, notes };
  const text = JSON.stringify(file, null, 1);
  return { text, fileName: planFileName('Quorum-personal', now, '.personal.json'), marks: marks.length, notes: notes.length };
}

type PersonalPlanPreview = {
  planId: Id;
  /** The plan's short title here; undefined when the plan is not on this device. */
  name: string | undefined;
  marks: number;
  notes: number;
};

export type PersonalPreview = {
  plans: PersonalPlanPreview[];
  marks: number;
  notes: number;
  /** Marks and notes here that the file's would replace (those that differ). */
  replaced: number;
};

export async function previewPersonal(db: QuorumDatabase, file: PersonalFile): Promise<PersonalPreview> {
  return db.transaction('r', [db.plans, db.marks, db.notes], async () => {
    const byPlan = new Map<Id, PersonalPlanPreview>();
    const entry = (planId: Id) => {
      let found = byPlan.get(planId);
      if (!found) byPlan.set(planId, (found = { planId, name: undefined, marks: 0, notes: 0 }));
      return found;
    };
    for (const m of file.marks) entry(m.planId).marks += 1;
    for (const n of file.notes) entry(n.planId).notes += 1;
    const plans = await db.plans.bulkGet([...byPlan.keys()]);
    for (const plan of plans) if (plan) entry(plan.id).name = plan.shortTitle.text;
    const replaced = (await countReplaced(db.marks, file.marks)) + (await countReplaced(db.notes, file.notes));
    return { plans: [...byPlan.values()], marks: file.marks.length, notes: file.notes.length, replaced };
  });
}

type Keyed = Mark | Note;

async function countReplaced<T extends Keyed>(table: { bulkGet(keys: [Id, Id][]): Promise<(T | undefined)[]> }, entries: readonly T[]): Promise<number> {
  const here = await table.bulkGet(entries.map((e) => [e.planId, e.recordId]));
  return here.filter((stored, i) => stored && !sameValue(stored, entries[i])).length;
}

/** Writes the file's marks and notes, replacing those here for the same records; all or nothing. */
export async function restorePersonal(db: QuorumDatabase, file: PersonalFile): Promise<{ marks: number; notes: number }> {
  await db.transaction('rw', [db.marks, db.notes], async () => {
    await db.marks.bulkPut(file.marks);
    await db.notes.bulkPut(file.notes);
  });
  return { marks: file.marks.length, notes: file.notes.length };
}
