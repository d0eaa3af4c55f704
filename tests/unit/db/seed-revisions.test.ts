/*
 * Devices that seeded the MISPA-III plan as "adopted" get the status its source has (a draft
 * examined for approval) at their next start, once, unless the user edited the plan record.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { boot } from '../../../src/lib/db/boot.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { seedMetaKey } from '../../../src/lib/db/seed-key.ts';
import { reviseSeeds, seedRevisions } from '../../../src/lib/db/seed-revisions.ts';
import { makeBundle } from '../factories.ts';

const OTHER = makeBundle('other').plan;

/** A database as an earlier app version left it: the seeded plan stored as "adopted". */
async function seededAsAdopted(history: object[] = []): Promise<QuorumDatabase> {
  const db = new QuorumDatabase();
  await db.plans.bulkAdd([
    { ...mispaIII.plan, status: 'adopted' },
    { ...OTHER, status: 'adopted' },
  ]);
  await db.meta.put({ key: seedMetaKey('mispa-iii'), value: { planId: mispaIII.plan.id, at: '2024-01-01T00:00:00.000Z' } });
  if (history.length) await db.history.bulkAdd(history as never[]);
  return db;
}

describe('seed revisions', () => {
  it('ship the embedded plan as a draft, each revision with its reason', () => {
    expect(mispaIII.plan.status).toBe('draft');
    for (const revision of seedRevisions) expect(revision.reason.length).toBeGreaterThan(10);
  });

  it('turn the untouched seeded plan from adopted to draft at start-up, and leave other plans alone', async () => {
    const db = await seededAsAdopted();
    expect(await boot(db)).toEqual({ ok: true });
    expect((await db.plans.get(mispaIII.plan.id))?.status).toBe('draft');
    expect((await db.plans.get(OTHER.id))?.status).toBe('adopted');
    expect(await db.history.count()).toBe(0);
  });

  it('run once: a status the user sets to adopted afterwards stays', async () => {
    const db = await seededAsAdopted();
    await reviseSeeds(db);
    await db.plans.update(mispaIII.plan.id, { status: 'adopted' });
    await reviseSeeds(db);
    expect((await db.plans.get(mispaIII.plan.id))?.status).toBe('adopted');
  });

  it('keep the status of a seeded plan whose record the user edited', async () => {
    const edit = {
      planId: mispaIII.plan.id,
      batch: 'b1',
      command: 'updatePlan',
      at: '2011-09-16T12:00:00.000Z',
      table: 'plans',
      recordId: mispaIII.plan.id,
      op: 'update',
      before: mispaIII.plan,
      after: { ...mispaIII.plan, status: 'adopted' },
    };
    const db = await seededAsAdopted([edit]);
    await reviseSeeds(db);
    expect((await db.plans.get(mispaIII.plan.id))?.status).toBe('adopted');
  });
});
