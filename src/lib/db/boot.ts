/*
 * Start-up: open the database and seed the embedded default plan the first time. The result
 * tells the shell whether it can show data, and if not, why (in words for the user).
 */
import { mispaIII, MISPA_III_SEED_KEY } from '../../data/mispa-iii.ts';
import type { QuorumDatabase } from './database.ts';
import { seedOnce } from './seed.ts';
import { classifyStorageError, type StorageProblem } from './storage-errors.ts';

export type BootResult = { ok: true } | { ok: false; problem: StorageProblem; detail: string };

export async function boot(db: QuorumDatabase): Promise<BootResult> {
  try {
    await db.open();
    await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: classifyStorageError(error), detail: error instanceof Error ? error.message : String(error) };
  }
}
