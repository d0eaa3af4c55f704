/*
 * The app's own database singleton (src/lib/db/db.ts), emptied and seeded with MISPA-III for
 * a component test that saves through the real commands (or with a variant of it, to read). The singleton keeps the IndexedDB
 * factory it was created with, so it is deleted and reopened rather than replaced.
 */
import { mispaIII, MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import { db } from '../../../src/lib/db/db.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';

export async function seedAppDb(bundle: PlanBundle = mispaIII): Promise<typeof db> {
  db.close();
  await db.delete();
  await db.open();
  await seedOnce(db, MISPA_III_SEED_KEY, bundle);
  return db;
}

/** The commands that wrote history entries about record `id`, oldest first. */
export async function commandsOn(id: string): Promise<string[]> {
  return (await db.history.where({ recordId: id }).sortBy('seq')).map((e) => e.command);
}
