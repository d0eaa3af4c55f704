/*
 * Corrections to an embedded plan that must reach devices which seeded an earlier version of
 * it (seed.ts never writes a seeded plan twice). Each runs once per device: a `meta` entry
 * records it, checked and written in the same read-write transaction as the correction, which
 * IndexedDB runs one at a time across tabs. A correction touches only what the user has not
 * edited, and writes no history: it fixes the data as loaded, it is not the user's change.
 * Loaded at start-up as a chunk of its own, so the first screen does not carry it.
 */
import type { QuorumDatabase } from './database.ts';

type SeedRevision = { key: string; reason: string; apply: (db: QuorumDatabase) => Promise<void> };

export const seedRevisions: readonly SeedRevision[] = [
  {
    key: 'seed-revision:mispa-iii:draft',
    reason: 'The MISPA-III work plan is the draft examined for approval on 15 September; earlier versions seeded it as adopted.',
    apply: draftSeededPlan,
  },
];

export async function reviseSeeds(db: QuorumDatabase): Promise<void> {
  for (const revision of seedRevisions) {
    await db.transaction('rw', [db.plans, db.history, db.meta], async () => {
      if (await db.meta.get(revision.key)) return;
      await revision.apply(db);
      await db.meta.put({ key: revision.key, value: { at: new Date().toISOString() } });
    });
  }
}

/** The seeded MISPA-III plan from "adopted" to "draft", unless the user edited the plan record (a history entry for it). */
async function draftSeededPlan(db: QuorumDatabase): Promise<void> {
  const seeded = await db.plans.filter((p) => p.seedKey === 'mispa-iii' && p.status === 'adopted').toArray();
  for (const plan of seeded) {
    const edited = await db.history
      .where('recordId')
      .equals(plan.id)
      .filter((e) => e.table === 'plans')
      .count();
    if (!edited) await db.plans.update(plan.id, { status: 'draft' });
  }
}
