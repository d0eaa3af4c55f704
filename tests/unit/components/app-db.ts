/*
 * The app's own database singleton (src/lib/db/db.ts), emptied and seeded with MISPA-III for
 * a component test that saves through the real commands (or with a variant of it, to read). The singleton keeps the IndexedDB
 * factory it was created with, so it is deleted and reopened rather than replaced.
 */
import { mispaIII, MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import { db } from '../../../src/lib/db/db.ts';
import { setPlanMode } from '../../../src/lib/db/commands/plan-commands.ts';
import type { PlanMode } from '../../../src/lib/db/plan-mode.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';

/** In organiser mode unless asked otherwise: most component tests edit the plan. */
export async function seedAppDb(bundle: PlanBundle = mispaIII, mode: PlanMode = 'organiser'): Promise<typeof db> {
  db.close();
  await db.delete();
  await db.open();
  await seedOnce(db, MISPA_III_SEED_KEY, bundle);
  await setPlanMode(db, bundle.plan.id, mode);
  return db;
}

/** The commands that wrote history entries about record `id`, oldest first. */
export async function commandsOn(id: string): Promise<string[]> {
  return (await db.history.where({ recordId: id }).sortBy('seq')).map((e) => e.command);
}

/**
 * Render options for a screen shown in organiser mode from its first frame (the mode is
 * otherwise read from the database once mounted): `render(Screen, { props, ...organiser })`.
 */
export const organiser = { context: new Map([['quorum:plan-mode', { loaded: true, organiser: true }]]) };
