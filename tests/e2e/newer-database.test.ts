/*
 * A database stored by a newer version of the app (higher schema version, a table this code
 * does not know), or at this version but missing a table: the app says so in the user's
 * language, offers a reload, and writes nothing (no seed, no schema "patch", same version).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/lib/db/migrations.ts';
import { axeViolations, layoutProblems, openSession, waitForScreen, type Session } from './browser.ts';
import { createDatabase, dumpDatabase } from './idb-dump.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Every table of the current schema, by its primary key path (meta: key; history: seq; the rest: id). */
function currentStores(): Record<string, string> {
  const names = new Set(migrations.flatMap((m) => Object.keys(m.stores)));
  return Object.fromEntries([...names].map((name) => [name, name === 'meta' ? 'key' : name === 'history' ? 'seq' : name === 'icalExports' ? 'planId' : 'id']));
}
const KNOWN_VERSION = migrations.at(-1)!.version * 10;
const ROWS = {
  plans: [{ id: 'plan-newer', updatedAt: '2030-01-01T00:00:00.000Z', shortTitle: { lang: 'en', text: 'From the future' } }],
  meta: [
    { key: 'seed:mispa-iii', value: { planId: 'mispa-iii', at: '2030-01-01T00:00:00.000Z' } },
    { key: 'currentPlan', value: 'plan-newer' },
  ],
};

/** Opens a blank page of the app's origin (the manifest), to set up the database before the app runs. */
async function blankPage(s: Session): Promise<void> {
  await s.page.goto(new URL('manifest.webmanifest', s.baseUrl).href);
}

async function openApp(s: Session): Promise<void> {
  await s.page.goto(new URL('#/', s.baseUrl).href);
  await waitForScreen(s.page);
}

describe('a database this code must not touch', () => {
  it('a newer schema version with an unknown table: says so, offers a reload, writes nothing', async () => {
    session = await openSession({ locale: 'en-US' });
    await blankPage(session);
    await createDatabase(
      session.page,
      KNOWN_VERSION + 10,
      { ...currentStores(), annotations: 'id' },
      {
        ...ROWS,
        annotations: [{ id: 'a1', text: 'written by a newer app' }],
      },
    );
    const before = await dumpDatabase(session.page);
    expect(before).toMatchObject({ version: KNOWN_VERSION + 10 });

    await openApp(session);
    const { page } = session;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Data from a newer version');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This older version leaves it untouched and saves nothing');
    const reload = page.getByRole('button', { name: 'Reload' });
    expect(await reload.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);

    await reload.click();
    await waitForScreen(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Data from a newer version');
    // Screens that ask the database (the navigation, a route) find it closed, not re-opened.
    await page.goto(new URL('#/calendar', session.baseUrl).href);
    await waitForScreen(page);

    await blankPage(session);
    expect(await dumpDatabase(page)).toEqual(before);
  });

  it('this version but a table missing: says so, does not add the table, writes nothing', async () => {
    session = await openSession();
    await blankPage(session);
    const { icalExports: _left, ...stores } = currentStores();
    await createDatabase(session.page, KNOWN_VERSION, stores, ROWS);
    const before = await dumpDatabase(session.page);

    await openApp(session);
    const { page } = session;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Données incomplètes');
    expect(await page.getByRole('button', { name: 'Recharger' }).count()).toBe(1);

    await blankPage(session);
    const after = await dumpDatabase(page);
    expect(after).toEqual(before);
    expect(after !== 'absent' && Object.keys(after.tables)).not.toContain('icalExports');
  });

  it('a first visit still starts: no database before, the default plan after', async () => {
    session = await openSession();
    await blankPage(session);
    expect(await dumpDatabase(session.page)).toBe('absent');
    await openApp(session);
    expect(await session.page.getByRole('alert').count()).toBe(0);
    await blankPage(session);
    const after = await dumpDatabase(session.page);
    expect(after !== 'absent' && after.version).toBe(KNOWN_VERSION);
    expect(after !== 'absent' && after.tables.plans?.length).toBe(1);
  });
});
