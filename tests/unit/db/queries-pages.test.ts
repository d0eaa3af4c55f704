import { describe, expect, it } from 'vitest';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { loadPlanBundle, readOwned } from '../../../src/lib/db/queries.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { sortMeetings } from '../../../src/lib/domain/meetings.ts';
import { makeAgendaItem } from '../factories.ts';

describe('reading a plan in pages', () => {
  it('reads every record a plan owns, and none of another plan’s ids that fall between', async () => {
    const db = new QuorumDatabase();
    await db.open();
    // Free-form ids (from files): plan b's records sort between plan a's.
    const a = ['a1', 'c1', 'e1', 'g1', 'i1'].map((id) => makeAgendaItem({ id, planId: 'a' }));
    const b = ['b1', 'd1', 'f1', 'h1'].map((id) => makeAgendaItem({ id, planId: 'b' }));
    await db.agendaItems.bulkAdd([...a, ...b]);
    for (const page of [1, 2, 3, 5, 100]) {
      expect((await readOwned(db.agendaItems, 'a', page)).map((i) => i.id)).toEqual(['a1', 'c1', 'e1', 'g1', 'i1']);
      expect((await readOwned(db.agendaItems, 'b', page)).map((i) => i.id)).toEqual(['b1', 'd1', 'f1', 'h1']);
    }
    expect(await readOwned(db.agendaItems, 'none', 2)).toEqual([]);
  });

  it('loads a plan larger than a page whole, in the order screens expect', async () => {
    const db = new QuorumDatabase();
    const plan = generatePlan({ seed: 4, meetings: 300, agendaItems: 4500, mandates: 20, planId: 'big' });
    const other = generatePlan({ seed: 5, meetings: 10, agendaItems: 30, mandates: 2, planId: 'small' });
    await seedOnce(db, 'big', plan);
    await seedOnce(db, 'small', other);
    const loaded = await loadPlanBundle(db, 'big');
    expect(loaded?.agendaItems).toHaveLength(4500);
    expect(new Set(loaded?.agendaItems.map((i) => i.id))).toEqual(new Set(plan.agendaItems.map((i) => i.id)));
    expect(loaded?.meetings.map((m) => m.id)).toEqual(sortMeetings(plan.meetings).map((m) => m.id));
    expect((await loadPlanBundle(db, 'small'))?.agendaItems).toHaveLength(30);
  });
});
