/*
 * Helpers for database tests: a database holding the MISPA-III seed (and optionally another
 * plan), in organiser mode unless asked otherwise (the tests edit it), a full dump of every table to compare before and after, and a database whose writes
 * to one table can be made to fail as a browser does when its storage quota is exceeded.
 */
import type { DBCore, Middleware } from 'dexie';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { setPlanMode } from '../../../src/lib/db/commands/plan-commands.ts';
import type { PlanMode } from '../../../src/lib/db/plan-mode.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';

/** A fixed "now" for commands, and later ones for successive edits. */
export const T1 = new Date('2024-03-01T10:00:00.000Z');
export const T2 = new Date('2024-03-02T10:00:00.000Z');
export const T3 = new Date('2024-03-03T10:00:00.000Z');

export async function seededDb(db = new QuorumDatabase(), mode: PlanMode = 'organiser'): Promise<QuorumDatabase> {
  await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
  await setPlanMode(db, mispaIII.plan.id, mode);
  return db;
}

/** Switches organiser mode on for a plan the test edits (the default plan unless named). */
export async function organiserMode(db: QuorumDatabase, planId = mispaIII.plan.id): Promise<void> {
  await setPlanMode(db, planId, 'organiser');
}

/** Stores `bundle` as a second plan, next to whatever the database holds. */
export async function addBundle(db: QuorumDatabase, bundle: PlanBundle, mode: PlanMode = 'organiser'): Promise<void> {
  await db.transaction('rw', [db.plans, ...db.planTables], async () => {
    await db.plans.add(bundle.plan);
    for (const [name, rows] of Object.entries(bundle)) if (name !== 'plan') await db.table(name).bulkAdd(rows as object[]);
  });
  await setPlanMode(db, bundle.plan.id, mode);
}

/** Every row of every table, so that "nothing changed" can be checked whole. */
export async function dump(db: QuorumDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(entries);
}

/** A QuotaExceededError as IndexedDB raises it. */
export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

export type QuotaState = {
  /** Writes (Dexie mutate calls) seen so far, on every table. */
  writes: number;
  /** The write, counted from 1, that fails; undefined: none. */
  failAt?: number;
  /** When set, every write to this table fails. */
  fullTable?: string;
};

/**
 * A database (named `name`) whose writes fail with a QuotaExceededError as `state` says:
 * the n-th write, or every write to one table. Dexie applies middleware when it opens, so it
 * is installed before the first use.
 */
export function dbWithQuota(name?: string): { db: QuorumDatabase; state: QuotaState } {
  const state: QuotaState = { writes: 0 };
  const db = new QuorumDatabase(name);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down) => ({
      ...down,
      table: (table) => {
        const inner = down.table(table);
        return {
          ...inner,
          mutate: (req) => {
            state.writes += 1;
            const full = state.fullTable === table || state.writes === state.failAt;
            return full ? Promise.reject(quotaError()) : inner.mutate(req);
          },
        };
      },
    }),
  };
  db.use(middleware);
  return { db, state };
}
