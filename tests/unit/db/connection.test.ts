import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { connection } from '../../../src/lib/db/connection.svelte.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { migrations } from '../../../src/lib/db/migrations.ts';

describe('connection across tabs', () => {
  it('closes an old tab when a newer version upgrades the schema, and says so', async () => {
    // The "old tab": the app as shipped with schema version 1 only.
    const oldTab = new Dexie('quorum');
    oldTab.version(1).stores(migrations[0]!.stores);
    connection.watch(oldTab);
    await oldTab.open();
    expect(connection.outdated).toBe(false);

    const newTab = new QuorumDatabase();
    await newTab.open();
    expect(connection.outdated).toBe(true);
    expect(oldTab.isOpen()).toBe(false);
    // Old code cannot write any more.
    await expect(oldTab.table('meta').put({ key: 'x', value: 1 })).rejects.toThrow();
    expect(await newTab.meta.get('x')).toBeUndefined();
  });
});
