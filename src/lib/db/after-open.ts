/*
 * What start-up does once the database is open, as one chunk loaded beside the open (boot.ts):
 * bring plans seeded from an earlier embedded version up to date (seed-revisions.ts), then see
 * whether data the device had was deleted (lost-data.ts). One chunk, not two, because the
 * first screen pays for every dynamic import it starts.
 */
import type { QuorumDatabase } from './database.ts';
import { checkForLostData, type LostData } from './lost-data.ts';
import { reviseSeeds } from './seed-revisions.ts';

/** Data the device had and lost, if any. A failing correction throws (boot reports it); the loss check is best effort. */
export async function afterOpen(db: QuorumDatabase): Promise<LostData | undefined> {
  await reviseSeeds(db);
  try {
    return await checkForLostData(db);
  } catch {
    // The plan stays readable if the check fails (a full disk...).
    return undefined;
  }
}
