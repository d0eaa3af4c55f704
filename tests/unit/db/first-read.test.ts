import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { duplicatePlan, setCurrentPlan } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { firstRead, type FirstRead, type StoredFirstRead } from '../../../src/lib/db/first-read.ts';
import { DATABASE_NAME, migrations } from '../../../src/lib/db/migrations.ts';
import { loadCurrentPlan } from '../../../src/lib/db/queries.ts';
import { fr } from '../factories.ts';
import { seededDb } from './db-helpers.ts';
import { databaseNames, rawCreate, rawDump } from './raw-idb.ts';

const read = () => firstRead(DATABASE_NAME, migrations);

function stored(found: FirstRead): StoredFirstRead {
  if (found.kind !== 'stored') throw new Error(`expected a stored read, got ${found.kind}`);
  return found;
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();

describe('the first screen’s read, without Dexie', () => {
  it('finds nothing on a first visit, and leaves no database behind', async () => {
    expect(await read()).toEqual({ kind: 'absent' });
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
  });

  it('reads the plan shown and the overview’s records as Dexie stored them, and one meeting’s agenda', async () => {
    (await seededDb()).close();
    const found = stored(await read());
    expect(found.plan).toEqual(mispaIII.plan);
    expect(ids(found.meetings)).toEqual(ids(mispaIII.meetings));
    expect(ids(found.mandates)).toEqual(ids(mispaIII.mandates));
    expect(ids(found.resolutions)).toEqual(ids(mispaIII.resolutions));
    const meeting = mispaIII.meetings.find((m) => mispaIII.agendaItems.some((i) => i.meetingId === m.id))!;
    expect(ids((await found.agendaOf(meeting.id))!)).toEqual(ids(mispaIII.agendaItems.filter((i) => i.meetingId === meeting.id)));
    found.close();
    expect(await found.agendaOf(meeting.id)).toBeUndefined();
  });

  it('follows the plan chosen last, as the database’s own read does', async () => {
    const db = await seededDb();
    const copy = await duplicatePlan(db, mispaIII.plan.id, fr('Copie'));
    await setCurrentPlan(db, copy.id);
    const expected = (await loadCurrentPlan(db))!;
    db.close();
    const found = stored(await read());
    expect(expected.plan.id).toBe(copy.id);
    expect(found.plan).toEqual(expected.plan);
    expect(ids(found.meetings)).toEqual(ids(expected.meetings));
    expect(ids(found.mandates)).toEqual(ids(expected.mandates));
    found.close();
  });

  it('leaves to start-up a database not seeded yet, of another version, or missing a table, and changes none', async () => {
    await rawCreate(DATABASE_NAME, 20, Object.fromEntries(migrations.flatMap((m) => Object.keys(m.stores)).map((table) => [table, 'id'])));
    expect(await read()).toEqual({ kind: 'unknown' });
    await new Promise<void>((resolve) => {
      const del = indexedDB.deleteDatabase(DATABASE_NAME);
      del.onsuccess = () => resolve();
    });
    await rawCreate(DATABASE_NAME, 30, { plans: 'id', meta: 'key' });
    const before = await rawDump(DATABASE_NAME);
    expect(await read()).toEqual({ kind: 'unknown' });
    expect(await rawDump(DATABASE_NAME)).toEqual(before);
  });

  it('is never in the way of an upgrade: its connection closes when another asks', async () => {
    (await seededDb()).close();
    const found = stored(await read());
    // A newer schema opens while the first read's connection is open: not blocked.
    const newer = new QuorumDatabase();
    newer.version(migrations.at(-1)!.version + 1).stores({ extra: 'id' });
    await newer.open();
    expect(newer.verno).toBe(migrations.at(-1)!.version + 1);
    newer.close();
    expect(await found.agendaOf(mispaIII.meetings[0]!.id)).toBeUndefined();
  });

  describe('with the connection index.html’s script began to open', () => {
    type Page = { quorumEarlyOpen?: { name: string; db: Promise<IDBDatabase | undefined> } };
    const page = globalThis as Page;
    const opening = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(DATABASE_NAME);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    /** Counts the opens firstRead asks for itself. */
    const countOpens = () => {
      const open = indexedDB.open.bind(indexedDB);
      const calls: string[] = [];
      indexedDB.open = (name: string, version?: number) => (calls.push(name), open(name, version));
      return calls;
    };

    it('reads through it, opens no other, and takes it once', async () => {
      (await seededDb()).close();
      const db = opening();
      page.quorumEarlyOpen = { name: DATABASE_NAME, db };
      const opens = countOpens();
      const found = stored(await read());
      expect(opens).toEqual([]);
      expect(page.quorumEarlyOpen).toBeUndefined();
      expect(found.plan).toEqual(mispaIII.plan);
      found.close();
      // Closed with the read: a newer schema opens unblocked.
      const newer = new QuorumDatabase();
      newer.version(migrations.at(-1)!.version + 1).stores({ extra: 'id' });
      await newer.open();
      newer.close();
      expect(found.kind).toBe('stored');
    });

    it('opens by itself when the script opened nothing, or another database', async () => {
      (await seededDb()).close();
      page.quorumEarlyOpen = { name: DATABASE_NAME, db: Promise.resolve(undefined) };
      let opens = countOpens();
      stored(await read()).close();
      expect(opens).toEqual([DATABASE_NAME]);
      page.quorumEarlyOpen = { name: 'another', db: Promise.resolve(undefined) };
      opens = countOpens();
      stored(await read()).close();
      expect(opens).toEqual([DATABASE_NAME]);
      expect(page.quorumEarlyOpen).toBeUndefined();
    });
  });
});
