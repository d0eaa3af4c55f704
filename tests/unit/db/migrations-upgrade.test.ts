/*
 * Opening a database written by an older version of the app: the data must come through the
 * upgrade intact, and an upgrade that fails must leave the old data readable and be reported,
 * not crash the app.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import { boot } from '../../../src/lib/db/boot.ts';
import { updateMeeting, undoLast } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { DATABASE_NAME } from '../../../src/lib/db/migrations.ts';
import { migrations } from '../../../src/lib/db/migrations.ts';
import { loadCurrentPlan } from '../../../src/lib/db/queries.ts';
import { seedMetaKey } from '../../../src/lib/db/seed-key.ts';
import { BUNDLE_TABLES, recordsOf } from '../../../src/lib/domain/bundle.ts';
import { fr, makeBundle } from '../factories.ts';
import { organiserMode } from './db-helpers.ts';

const V1_STORES = migrations[0]!.stores;
const SEED_META = { key: seedMetaKey(MISPA_III_SEED_KEY), value: { planId: mispaIII.plan.id, at: '2024-01-01T00:00:00.000Z' } };

/** The app as first shipped: a database with schema version 1 only. */
function firstVersion(): Dexie {
  const db = new Dexie(DATABASE_NAME);
  db.version(1).stores(V1_STORES);
  return db;
}

/** Fills a version-1 database with the seed and a second plan, as the first app version would. */
async function fillFirstVersion(): Promise<Record<string, unknown[]>> {
  const db = firstVersion();
  const other = makeBundle('other');
  const bundles = [mispaIII, { ...other, plan: { ...other.plan, createdAt: '2024-01-01T00:00:00.000Z' } }];
  for (const table of BUNDLE_TABLES) await db.table(table).bulkAdd(bundles.flatMap((b) => recordsOf(b, table)));
  await db.table('meta').put(SEED_META);
  const rows = await readAll(db, Object.keys(V1_STORES));
  db.close();
  return rows;
}

async function readAll(db: Dexie, tables: string[]): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)));
}

/** The current schema plus one more version whose upgrade throws. */
class BrokenUpgrade extends QuorumDatabase {
  constructor() {
    super();
    this.version(migrations.length + 1)
      .stores({ notes: 'id' })
      .upgrade(async (tx) => {
        await tx.table('meetings').clear();
        throw new Error('upgrade failed half-way');
      });
  }
}

describe('upgrading a database of the first shipped schema', () => {
  it('keeps every record intact and adds the new tables', async () => {
    const old = await fillFirstVersion();
    const db = new QuorumDatabase();
    await db.open();
    expect(db.verno).toBe(migrations.at(-1)!.version);
    expect(await readAll(db, Object.keys(V1_STORES))).toEqual(old);
    expect(old.meetings).toHaveLength(mispaIII.meetings.length + 1);
    expect(await db.history.count()).toBe(0);
    expect(await db.icalExports.count()).toBe(0);
  });

  it('lets the app start on it without seeding twice, and edit and undo', async () => {
    await fillFirstVersion();
    const db = new QuorumDatabase();
    expect(await boot(db)).toEqual({ ok: true });
    expect(await db.plans.count()).toBe(2);
    expect((await loadCurrentPlan(db))?.plan.id).toBe(mispaIII.plan.id);
    const wg = mispaIII.meetings.find((m) => m.kind === 'working-group')!;
    await organiserMode(db);
    await updateMeeting(db, wg.id, { place: fr('Salle A') });
    await undoLast(db, mispaIII.plan.id);
    expect((await db.meetings.get(wg.id))?.place).toBeUndefined();
  });

  it('opens the plans the user created or duplicated before reading mode existed in organiser mode, and no other', async () => {
    // A version-2 database: the seed, a created plan, a duplicated one, an imported one, and a created one since deleted.
    const v2 = new Dexie(DATABASE_NAME);
    for (const m of migrations.slice(0, 2)) v2.version(m.version).stores(m.stores);
    const [created, duplicated, imported, deleted] = ['created', 'duplicated', 'imported', 'deleted'].map((name) => makeBundle(name).plan);
    await v2.table('plans').bulkAdd([mispaIII.plan, created, duplicated, imported]);
    const entry = (planId: string, command: string, op = 'create') => ({
      planId,
      batch: `b-${planId}-${op}`,
      command,
      at: '2024-01-01T00:00:00.000Z',
      table: 'plans',
      recordId: planId,
      op,
    });
    await v2
      .table('history')
      .bulkAdd([
        entry(created!.id, 'createEmptyPlan'),
        entry(created!.id, 'updatePlan', 'update'),
        entry(duplicated!.id, 'duplicatePlan'),
        entry(imported!.id, 'importPlanFile'),
        entry(deleted!.id, 'createEmptyPlan'),
        entry(deleted!.id, 'deletePlan', 'delete'),
        entry(mispaIII.plan.id, 'updatePlan', 'update'),
      ]);
    v2.close();
    const db = new QuorumDatabase();
    await db.open();
    const modes = Object.fromEntries((await db.meta.where('key').startsWith('mode:').toArray()).map((m) => [m.key, m.value]));
    expect(modes).toEqual({ [`mode:${created!.id}`]: 'organiser', [`mode:${duplicated!.id}`]: 'organiser' });
  });

  it('reports an upgrade that throws as an error, and the old data stays readable', async () => {
    const old = await fillFirstVersion();
    const broken = new BrokenUpgrade();
    await expect(broken.open()).rejects.toThrow();
    expect(await boot(new BrokenUpgrade())).toMatchObject({ ok: false, problem: 'other' });
    const reader = firstVersion();
    expect(await readAll(reader, Object.keys(V1_STORES))).toEqual(old);
    expect(reader.verno).toBe(1);
    reader.close();
    // The app without the broken version still opens it and finds everything.
    const fixed = new QuorumDatabase();
    expect(await readAll(fixed, Object.keys(V1_STORES))).toEqual(old);
  });
});
