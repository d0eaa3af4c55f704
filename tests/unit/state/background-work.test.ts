/*
 * The work the app does in the background (the followed plans' checker, publishes that wait
 * for the network, the set of held document files) never leaves an unhandled rejection when
 * the database cannot be read: the browser closes it when site data is cleared under an open
 * page. Such a rejection surfaced in a browser test as a console error named only "r".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { openDatabaseWith } from '../../../src/lib/state/database.ts';
import { backgroundCheckFollows, startFollowing } from '../../../src/lib/state/following.ts';
import { heldFiles } from '../../../src/lib/state/held-files.svelte.ts';
import { startSharedOutbox } from '../../../src/lib/state/shared-outbox.ts';

const unhandled: unknown[] = [];
const collect = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', collect);
});
afterEach(() => {
  process.off('unhandledRejection', collect);
});

/** A database that refuses every read, as one the browser closed does. */
async function closedDatabase(): Promise<QuorumDatabase> {
  const db = new QuorumDatabase();
  await db.open();
  db.close({ disableAutoOpen: true });
  return db;
}

describe('background work with a database that cannot be read', () => {
  it('leaves no unhandled rejection', async () => {
    const db = await closedDatabase();
    await expect(db.meta.count()).rejects.toThrow(); // the premise: reads fail
    openDatabaseWith(Promise.resolve(db));
    startFollowing();
    startSharedOutbox();
    heldFiles();
    await expect(backgroundCheckFollows()).resolves.toBeUndefined();
    dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 100));
    expect(unhandled).toEqual([]);
  });
});
