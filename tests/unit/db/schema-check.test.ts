import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { boot } from '../../../src/lib/db/boot.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { migrations } from '../../../src/lib/db/migrations.ts';
import { checkStoredSchema, readStoredSchema, tablesAt } from '../../../src/lib/db/schema-check.ts';
import { databaseNames, rawCreate, rawDump } from './raw-idb.ts';
import { seededDb } from './db-helpers.ts';

/** The app as a newer release might ship it: one more schema version with a table this code does not know. */
class NewerApp extends QuorumDatabase {
  constructor() {
    super();
    this.version(migrations.at(-1)!.version + 1).stores({ annotations: '++id, planId' });
  }
}

async function newerDatabase(): Promise<void> {
  const newer = new NewerApp();
  await seededDb(newer);
  await newer.table('annotations').add({ planId: 'mispa-iii', text: 'a newer app wrote this' });
  newer.close();
}

const KNOWN_TABLES = [...tablesAt(migrations, 20)];

describe('the stored schema, read before Dexie opens it', () => {
  it('finds no database on a first visit, and leaves none behind', async () => {
    expect(await readStoredSchema('quorum')).toEqual({ kind: 'absent' });
    expect(await databaseNames()).not.toContain('quorum');
    expect(await checkStoredSchema('quorum', migrations)).toEqual({ kind: 'ok' });
    expect(await boot(new QuorumDatabase())).toEqual({ ok: true });
  });

  it('accepts the database this code wrote, and an older one it knows how to upgrade', async () => {
    (await seededDb()).close();
    expect(await checkStoredSchema('quorum', migrations)).toEqual({ kind: 'ok' });
    await rawCreate('older', 10, {
      plans: 'id',
      sections: 'id',
      resolutions: 'id',
      mandates: 'id',
      meetings: 'id',
      agendaItems: 'id',
      documents: 'id',
      milestones: 'id',
      meta: 'key',
    });
    expect(await checkStoredSchema('older', migrations)).toEqual({ kind: 'ok' });
  });

  it('refuses a database of a newer version: says so, writes nothing, does not seed, keeps the version', async () => {
    await newerDatabase();
    const before = await rawDump('quorum');
    expect(before.version).toBe((migrations.at(-1)!.version + 1) * 10);

    const db = new QuorumDatabase();
    const result = await boot(db);
    expect(result).toMatchObject({ ok: false, problem: 'newer' });

    expect(db.isOpen()).toBe(false);
    // Nothing can open it later either (a screen's query, a command).
    await expect(db.meta.put({ key: 'x', value: 1 })).rejects.toThrow();
    await expect(db.plans.count()).rejects.toThrow();
    expect(await rawDump('quorum')).toEqual(before);
  });

  it('refuses a database at this version that lacks a table, without adding it', async () => {
    const stores = Object.fromEntries(KNOWN_TABLES.filter((t) => t !== 'icalExports').map((t) => [t, t === 'history' ? null : 'id']));
    await rawCreate('quorum', 20, stores);
    const before = await rawDump('quorum');

    const db = new QuorumDatabase();
    expect(await boot(db)).toMatchObject({ ok: false, problem: 'incomplete' });
    expect(await checkStoredSchema('quorum', migrations)).toEqual({ kind: 'incomplete', missing: ['icalExports'] });
    await expect(db.plans.count()).rejects.toThrow();
    const after = await rawDump('quorum');
    expect(after).toEqual(before);
    expect(Object.keys(after.tables)).not.toContain('icalExports');
  });

  it('knows which tables each version has, and that Dexie stores version n as n × 10', async () => {
    expect([...tablesAt(migrations, 10)]).not.toContain('history');
    expect(KNOWN_TABLES).toEqual(expect.arrayContaining(['plans', 'meta', 'history', 'icalExports']));
    const db = await seededDb();
    expect(db.backendDB().version).toBe(migrations.at(-1)!.version * 10);
    db.close();
    expect(Dexie.dependencies.indexedDB).toBe(indexedDB);
  });
});
