/*
 * Start-up: open the database and seed the embedded default plan the first time. The result
 * tells the shell whether it can show data, and if not, why (in words for the user).
 * The plan's data is a separate chunk, loaded only when it has not been seeded yet, so it
 * weighs nothing on every later start (it is still precached for offline first runs).
 */
import { connection } from './connection.svelte.ts';
import type { QuorumDatabase } from './database.ts';
import { isSeeded, seedOnce } from './seed.ts';

const DEFAULT_SEED_KEY = 'mispa-iii';
import { classifyStorageError, type StorageProblem } from './storage-errors.ts';

export type BootResult = { ok: true } | { ok: false; problem: StorageProblem; detail: string };

export async function boot(db: QuorumDatabase): Promise<BootResult> {
  try {
    connection.watch(db);
    await db.open();
    if (!(await isSeeded(db, DEFAULT_SEED_KEY))) {
      const { mispaIII, MISPA_III_SEED_KEY } = await import('../../data/mispa-iii.ts');
      await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: classifyStorageError(error), detail: error instanceof Error ? error.message : String(error) };
  }
}
