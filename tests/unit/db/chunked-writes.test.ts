import { describe, expect, it, vi } from 'vitest';
import { generatePlan } from '../../support/generate-plan.ts';
import { bulkAddInChunks } from '../../../src/lib/db/chunked-writes.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';

describe('bulk writes in chunks', () => {
  it('writes every record, in chunks of the given size', async () => {
    const db = new QuorumDatabase(`chunks-${Math.random()}`);
    const { agendaItems } = generatePlan({ seed: 3, meetings: 20, agendaItems: 1001, mandates: 5 });
    const spy = vi.spyOn(db.agendaItems, 'bulkAdd');
    await db.transaction('rw', db.agendaItems, async () => bulkAddInChunks(db.agendaItems, agendaItems, 250));
    expect(spy.mock.calls.map(([rows]) => (rows as unknown[]).length)).toEqual([250, 250, 250, 250, 1]);
    expect(await db.agendaItems.count()).toBe(1001);
  });

  it('stays all or nothing inside a transaction: a failing chunk undoes the earlier ones', async () => {
    const db = new QuorumDatabase(`chunks-${Math.random()}`);
    const { agendaItems } = generatePlan({ seed: 4, meetings: 10, agendaItems: 600, mandates: 5 });
    const withDuplicate = [...agendaItems, agendaItems[0]!]; // the last chunk breaks a unique key
    await expect(db.transaction('rw', db.agendaItems, async () => bulkAddInChunks(db.agendaItems, withDuplicate, 250))).rejects.toThrow();
    expect(await db.agendaItems.count()).toBe(0);
  });

  it('seeds a plan larger than one chunk completely', async () => {
    const db = new QuorumDatabase(`chunks-${Math.random()}`);
    const bundle = generatePlan({ seed: 5, meetings: 300, agendaItems: 1200, mandates: 30 });
    expect(await seedOnce(db, 'large', bundle)).toBe('seeded');
    const stored = await loadPlanBundle(db, bundle.plan.id);
    expect(stored?.agendaItems).toHaveLength(1200);
    expect(stored?.meetings).toHaveLength(300);
  });
});
