/*
 * Version 3: devices that seeded the MISPA-III plan as "adopted" get the status its source
 * has (a draft examined for approval), unless the user edited the plan record themselves.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { DATABASE_NAME, QuorumDatabase } from '../../../src/lib/db/database.ts';
import { migrations } from '../../../src/lib/db/migrations.ts';
import { makeBundle } from '../factories.ts';

/** A database as version 2 of the schema left it, holding the seeded plan as the app seeded it then. */
async function version2(history: object[] = []): Promise<void> {
  const db = new Dexie(DATABASE_NAME);
  db.version(1).stores(migrations[0]!.stores);
  db.version(2).stores(migrations[1]!.stores);
  const other = makeBundle('other').plan;
  await db.table('plans').bulkAdd([{ ...mispaIII.plan, status: 'adopted' }, { ...other, status: 'adopted' }]);
  if (history.length) await db.table('history').bulkAdd(history);
  db.close();
}

describe('migration 3: the seeded plan is a draft', () => {
  it('ships the embedded plan as a draft', () => {
    expect(mispaIII.plan.status).toBe('draft');
  });

  it('turns the untouched seeded plan from adopted to draft, and leaves other plans alone', async () => {
    await version2();
    const db = new QuorumDatabase();
    await db.open();
    expect((await db.plans.get(mispaIII.plan.id))?.status).toBe('draft');
    expect((await db.plans.get(makeBundle('other').plan.id))?.status).toBe('adopted');
    db.close();
  });

  it('keeps the status of a seeded plan whose record the user edited', async () => {
    const edit = {
      planId: mispaIII.plan.id, batch: 'b1', command: 'updatePlan', at: '2011-09-16T12:00:00.000Z',
      table: 'plans', recordId: mispaIII.plan.id, op: 'update', before: mispaIII.plan, after: { ...mispaIII.plan, status: 'adopted' },
    };
    await version2([edit]);
    const db = new QuorumDatabase();
    await db.open();
    expect((await db.plans.get(mispaIII.plan.id))?.status).toBe('adopted');
    db.close();
  });
});
