import { describe, expect, it } from 'vitest';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import { boot } from '../../../src/lib/db/boot.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { loadCurrentPlan, loadPlanBundle } from '../../../src/lib/db/queries.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';

async function counts(db: QuorumDatabase) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
}

describe('seeding the default plan', () => {
  it('loads every record of the embedded plan on first start', async () => {
    const db = new QuorumDatabase();
    expect(await seedOnce(db, MISPA_III_SEED_KEY, mispaIII)).toBe('seeded');
    const bundle = await loadPlanBundle(db, mispaIII.plan.id);
    expect(bundle?.plan).toEqual(mispaIII.plan);
    expect(bundle?.mandates).toHaveLength(mispaIII.mandates.length);
    expect(bundle?.meetings).toHaveLength(mispaIII.meetings.length);
    expect(bundle?.agendaItems).toHaveLength(mispaIII.agendaItems.length);
    expect(bundle?.sections).toHaveLength(mispaIII.sections.length);
    expect(bundle?.documents).toHaveLength(mispaIII.documents.length);
    expect(bundle?.milestones).toHaveLength(mispaIII.milestones.length);
  });

  it('never seeds twice: a reload and a second tab (another connection) find it done', async () => {
    const first = new QuorumDatabase();
    await seedOnce(first, MISPA_III_SEED_KEY, mispaIII);
    const before = await counts(first);
    const secondTab = new QuorumDatabase();
    expect(await seedOnce(secondTab, MISPA_III_SEED_KEY, mispaIII)).toBe('already-seeded');
    expect(await seedOnce(first, MISPA_III_SEED_KEY, mispaIII)).toBe('already-seeded');
    expect(await counts(secondTab)).toEqual(before);
  });

  it('two tabs starting at the same moment seed exactly once', async () => {
    const results = await Promise.all([
      seedOnce(new QuorumDatabase(), MISPA_III_SEED_KEY, mispaIII),
      seedOnce(new QuorumDatabase(), MISPA_III_SEED_KEY, mispaIII),
    ]);
    expect(results.sort()).toEqual(['already-seeded', 'seeded']);
    expect(await new QuorumDatabase().meetings.count()).toBe(mispaIII.meetings.length);
  });

  it('does not overwrite what a user changed, nor bring back what a user deleted', async () => {
    const db = new QuorumDatabase();
    await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
    const meeting = mispaIII.meetings[0]!;
    await db.meetings.update(meeting.id, { startTime: '10:00' });
    await db.agendaItems.delete(mispaIII.agendaItems[0]!.id);
    // A later version of the app starts with the same (or a changed) embedded plan.
    const laterApp = new QuorumDatabase();
    await seedOnce(laterApp, MISPA_III_SEED_KEY, { ...mispaIII, meetings: mispaIII.meetings.map((m) => ({ ...m, place: { lang: 'fr', text: 'X' } })) });
    expect((await laterApp.meetings.get(meeting.id))?.startTime).toBe('10:00');
    expect((await laterApp.meetings.get(meeting.id))?.place).toEqual(meeting.place);
    expect(await laterApp.agendaItems.get(mispaIII.agendaItems[0]!.id)).toBeUndefined();
  });

  it('writes nothing when a write fails half-way', async () => {
    const db = new QuorumDatabase();
    const broken = { ...mispaIII, milestones: [mispaIII.milestones[0]!, mispaIII.milestones[0]!] }; // duplicate key
    await expect(seedOnce(db, MISPA_III_SEED_KEY, broken)).rejects.toThrow();
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
  });
});

describe('boot', () => {
  it('opens, seeds, and shows the default plan as the current one', async () => {
    const db = new QuorumDatabase();
    expect(await boot(db)).toEqual({ ok: true });
    expect((await loadCurrentPlan(db))?.plan.id).toBe(mispaIII.plan.id);
    expect(await boot(new QuorumDatabase())).toEqual({ ok: true });
    expect(await new QuorumDatabase().plans.count()).toBe(1);
  });

  it('reports a browser without IndexedDB as storage unavailable instead of crashing', async () => {
    const dexie = (await import('dexie')).default;
    const original = dexie.dependencies.indexedDB;
    dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    try {
      const result = await boot(new QuorumDatabase());
      expect(result).toMatchObject({ ok: false, problem: 'unavailable' });
    } finally {
      dexie.dependencies.indexedDB = original;
    }
  });
});
