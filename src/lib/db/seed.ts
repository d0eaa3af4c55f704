/*
 * Loads an embedded plan (src/data) into IndexedDB the first time the app starts, and never
 * again: a `meta` entry records that the seed was applied, and the check and the writes run
 * in one read-write transaction, which IndexedDB runs one at a time across tabs. So a reload,
 * a second tab or a later app version never duplicates the plan nor overwrites a user's edits,
 * and a plan the user deleted stays deleted. Large plans are written in chunks (chunked-writes.ts),
 * still in that one transaction.
 */
import type { PlanBundle } from '../domain/types.ts';
import { bulkAddInChunks } from './chunked-writes.ts';
import type { QuorumDatabase } from './database.ts';
import { seedMetaKey } from './seed-key.ts';

export type SeedResult = 'seeded' | 'already-seeded';

/** A quick look outside any transaction; seedOnce checks again inside its own. */
export async function isSeeded(db: QuorumDatabase, seedKey: string): Promise<boolean> {
  return (await db.meta.get(seedMetaKey(seedKey))) !== undefined;
}

export async function seedOnce(db: QuorumDatabase, seedKey: string, bundle: PlanBundle): Promise<SeedResult> {
  return db.transaction('rw', [db.plans, db.meta, ...db.planTables], async () => {
    if (await db.meta.get(seedMetaKey(seedKey))) return 'already-seeded';
    await db.plans.add(bundle.plan);
    await bulkAddInChunks(db.sections, bundle.sections);
    await bulkAddInChunks(db.resolutions, bundle.resolutions);
    await bulkAddInChunks(db.mandates, bundle.mandates);
    await bulkAddInChunks(db.meetings, bundle.meetings);
    await bulkAddInChunks(db.agendaItems, bundle.agendaItems);
    await bulkAddInChunks(db.documents, bundle.documents);
    await bulkAddInChunks(db.milestones, bundle.milestones);
    await db.meta.put({ key: seedMetaKey(seedKey), value: { planId: bundle.plan.id, at: new Date().toISOString() } });
    return 'seeded';
  });
}
