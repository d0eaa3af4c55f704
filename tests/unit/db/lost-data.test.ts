import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { boot } from '../../../src/lib/db/boot.ts';
import { deletePlan, duplicatePlan, updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { MARKER_CACHE, MARKER_KEY, readMarker, type DataMarker } from '../../../src/lib/db/data-marker.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { acknowledgeLostData, INSTANCE_KEY, noteBackupInMarker } from '../../../src/lib/db/lost-data.ts';
import { fr } from '../factories.ts';
import { organiserMode, seededDb, T1, T2 } from './db-helpers.ts';

/** Cache Storage as the browser has it, for the marker's second copy (jsdom has none). */
class FakeCaches {
  stores = new Map<string, Map<string, string>>();
  async open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, string>();
    this.stores.set(name, store);
    return {
      match: async (url: string) => (store.has(url) ? new Response(store.get(url)) : undefined),
      put: async (url: string, response: Response) => void store.set(url, await response.text()),
    };
  }
}

let caches: FakeCaches;
beforeEach(() => {
  caches = new FakeCaches();
  Object.defineProperty(globalThis, 'caches', { value: caches, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'caches');
});

const wg = mispaIII.meetings.find((m) => m.kind === 'working-group')!;
const cached = (): DataMarker | undefined => {
  const text = [...(caches.stores.get(MARKER_CACHE)?.values() ?? [])][0];
  return text ? (JSON.parse(text) as DataMarker) : undefined;
};
const stored = (): DataMarker | undefined => JSON.parse(localStorage.getItem(MARKER_KEY) ?? 'null') ?? undefined;

/** The browser deletes the database (eviction, "clear site data" for IndexedDB only). */
async function evict(db: QuorumDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** A user's device: the app started, a meeting was changed, and a backup file was written. */
async function usedDevice(): Promise<QuorumDatabase> {
  const db = new QuorumDatabase();
  expect(await boot(db)).toEqual({ ok: true });
  await organiserMode(db);
  await updateMeeting(db, wg.id, { place: fr('Salle A') }, T1);
  await eventually(() => expect(readMarkerSync()?.lastChangeAt).toBeDefined());
  await noteBackupInMarker('MISPA-III-2024-03-02.quorum.json', T2);
  return db;
}
const readMarkerSync = () => stored();

/** Retries `check` until it passes (the marker follows changes after they commit). */
async function eventually(check: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

describe('the data marker outside IndexedDB', () => {
  it('is written at the first start, in localStorage and in Cache Storage, with the database instance id', async () => {
    const db = new QuorumDatabase();
    expect(await boot(db)).toEqual({ ok: true });
    const instance = (await db.meta.get(INSTANCE_KEY))?.value as { id: string };
    expect(stored()?.instanceId).toBe(instance.id);
    expect(cached()).toEqual(stored());
    expect(stored()?.lastChangeAt).toBeUndefined();
  });

  it('follows changes and backups', async () => {
    const db = await usedDevice();
    expect(stored()).toMatchObject({ lastBackup: { at: T2.toISOString(), fileName: 'MISPA-III-2024-03-02.quorum.json' } });
    expect(cached()).toEqual(stored());
    expect(await db.history.count()).toBeGreaterThan(0);
  });
});

describe('data deleted under the app', () => {
  it('is named at the next start, with the last change and the last backup, until acknowledged', async () => {
    const db = await usedDevice();
    const lastChangeAt = T1.toISOString();
    expect(stored()!.lastChangeAt).toBe(lastChangeAt);
    await evict(db);

    const fresh = new QuorumDatabase();
    const result = await boot(fresh);
    expect(result).toEqual({
      ok: true,
      lost: { lastChangeAt, lastBackup: { at: T2.toISOString(), fileName: 'MISPA-III-2024-03-02.quorum.json' } },
    });
    // The default plan is back (re-seeded), without the user's change.
    expect((await fresh.meetings.get(wg.id))?.place).toBeUndefined();
    // A change before acknowledging does not hide the loss; a reload still names it.
    await organiserMode(fresh);
    await updateMeeting(fresh, wg.id, { place: fr('Salle B') }, T2);
    expect(await boot(new QuorumDatabase())).toMatchObject({ ok: true, lost: { lastChangeAt } });

    await acknowledgeLostData(fresh);
    expect(await boot(new QuorumDatabase())).toEqual({ ok: true });
    const instance = (await fresh.meta.get(INSTANCE_KEY))?.value as { id: string };
    expect(await readMarker()).toMatchObject({ instanceId: instance.id, lastBackup: { fileName: 'MISPA-III-2024-03-02.quorum.json' } });
  });

  it('is named from Cache Storage alone when localStorage was cleared too', async () => {
    await evict(await usedDevice());
    localStorage.removeItem(MARKER_KEY);
    expect(await boot(new QuorumDatabase())).toMatchObject({ ok: true, lost: { lastBackup: { fileName: 'MISPA-III-2024-03-02.quorum.json' } } });
    expect(stored()).toBeUndefined(); // left as it was until the user acknowledges the loss
  });

  it('is named from localStorage alone when Cache Storage was cleared', async () => {
    await evict(await usedDevice());
    caches.stores.clear();
    expect(await boot(new QuorumDatabase())).toMatchObject({ ok: true, lost: { lastBackup: { fileName: 'MISPA-III-2024-03-02.quorum.json' } } });
  });

  it('is not named on a first visit, nor after the user deleted plans in the app', async () => {
    expect(await boot(new QuorumDatabase())).toEqual({ ok: true });
    const db = await usedDevice();
    await duplicatePlan(db, mispaIII.plan.id, fr('Copie'), T2);
    await deletePlan(db, mispaIII.plan.id, T2);
    expect(await db.plans.count()).toBe(1);
    expect(await boot(new QuorumDatabase())).toEqual({ ok: true });
    for (const plan of await db.plans.toArray()) await deletePlan(db, plan.id, T2);
    expect(await boot(new QuorumDatabase())).toEqual({ ok: true });
  });

  it('is not named when the deleted database held only the default plan, unchanged', async () => {
    const db = new QuorumDatabase();
    await boot(db);
    await evict(db);
    expect(await boot(new QuorumDatabase())).toEqual({ ok: true });
  });

  it('takes the last change of a database from before the marker existed', async () => {
    const db = await seededDb();
    await updateMeeting(db, wg.id, { place: fr('Salle A') }, T1);
    db.close();
    const app = new QuorumDatabase();
    expect(await boot(app)).toEqual({ ok: true });
    expect(stored()?.lastChangeAt).toBe(T1.toISOString());
    await evict(app);
    expect(await boot(new QuorumDatabase())).toMatchObject({ ok: true, lost: { lastChangeAt: T1.toISOString() } });
  });
});
