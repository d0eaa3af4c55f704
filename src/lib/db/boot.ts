/*
 * Start-up: check that the stored database is one this code may open, open it and seed the
 * embedded default plan the first time (or bring an earlier seeded version up to date,
 * seed-revisions.ts), then see whether data the device had was deleted (after-open.ts).
 * The result tells the shell whether it can show data, and if not, why (in words for the user).
 * The plan's data, the seeding code and the checks are separate chunks, all asked for at once
 * when start-up begins (main.ts begins it beside the language tables: one round of requests):
 * the plan only on a device with no data yet, so it weighs nothing on every later start (it
 * is still precached for offline first runs).
 */
import { connection } from './connection.svelte.ts';
import { MARKER_KEY } from './marker-key.ts';
import { DEFAULT_SEED_KEY } from './seed-key.ts';
import type { QuorumDatabase } from './database.ts';
import type { LostData } from './lost-data.ts';
import { migrations } from './migrations.ts';

import type { StorageProblem } from './storage-errors.ts';

/** Why the app cannot show data: the browser refuses to store, or the database is not this code's to open. */
export type BootProblem = StorageProblem | 'newer' | 'incomplete';

export type BootResult = { ok: true; lost?: LostData } | { ok: false; problem: BootProblem; detail: string };

const defaultPlan = () => import('../../data/mispa-iii.ts');

/**
 * On a device that holds no Quorum data yet (no data marker, data-marker.ts), the default plan
 * will be seeded: its chunk is asked for at once, beside the start-up checks and the language
 * tables, not one round trip later once the database has opened.
 */
function firstRunPlan(): ReturnType<typeof defaultPlan> | undefined {
  try {
    if (localStorage.getItem(MARKER_KEY) === null) return defaultPlan();
  } catch {
    // Storage refused: the plan loads when seeding needs it.
  }
  return undefined;
}

/**
 * Ends the current task: start-up runs right after the first screen's paint, and as one task
 * (Dexie's evaluation, the schema check, opening, seeding, the data check) it would hold the
 * page for a while on a slow phone; as several short ones the page answers a tap between them.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export async function boot(db: QuorumDatabase): Promise<BootResult> {
  const plan = firstRunPlan();
  const settle = import('./after-open.ts');
  const seeding = import('./seed.ts');
  plan?.catch(() => undefined); // awaited only when seeding needs it; it is then asked for again
  try {
    await yieldToPage();
    const verdict = await (await import('./schema-check.ts')).checkStoredSchema(db.name, migrations);
    if (verdict.kind !== 'ok') {
      // Never opened, and never opened later by a query: old code must not touch or re-shape it.
      db.close({ disableAutoOpen: true });
      return { ok: false, problem: verdict.kind, detail: JSON.stringify(verdict) };
    }
    connection.watch(db);
    await yieldToPage();
    await db.open();
    await yieldToPage();
    const { isSeeded, seedOnce } = await seeding;
    if (!(await isSeeded(db, DEFAULT_SEED_KEY))) {
      const { mispaIII, MISPA_III_SEED_KEY } = (await plan?.catch(() => undefined)) ?? (await defaultPlan());
      await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
      await yieldToPage();
    }
    const lost = await (await settle).afterOpen(db);
    return { ok: true, ...(lost ? { lost } : {}) };
  } catch (error) {
    // Loaded only on failure: telling a full disk from the rest is a few rules the first screen need not carry.
    const { classifyStorageError } = await import('./storage-errors.ts');
    return { ok: false, problem: classifyStorageError(error), detail: error instanceof Error ? error.message : String(error) };
  }
}
