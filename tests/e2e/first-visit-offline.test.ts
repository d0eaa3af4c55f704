/*
 * The very first session, without a reload: once the app says it is ready to work offline,
 * the network can go away and every screen still opens, its code coming from the service
 * worker's precache. This holds only if the worker controls the page it was installed from
 * (clientsClaim) and the notice waits for that; otherwise every screen not yet opened fails
 * with "Failed to fetch dynamically imported module".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { goto, openSession, organiserMode, PHONE, type Session } from './browser.ts';
import { BETWEEN_MEETINGS, MEETING_DAY, SCREENS } from './screen-list.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Opens `hash` without reloading (a hash change, as a tap on a link does) and says what is wrong, if anything. */
async function openByHash(s: Session, hash: string): Promise<string | undefined> {
  const errorsBefore = s.errors.length;
  await s.page.evaluate(async (target) => {
    if (location.hash === target) return; // the same screen (the overview on another day)
    // The router (an earlier listener) has updated the page once this listener runs: the
    // wait below cannot mistake the screen left for the one asked for.
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = target;
    await changed;
  }, hash);
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline) {
    const failed = s.errors.slice(errorsBefore).find((e) => /dynamically imported module|Failed to fetch/i.test(e));
    if (failed) return failed;
    const shown = await s.page.evaluate(
      () => Boolean(document.querySelector('main[aria-busy="false"][data-started] h1')) && !document.querySelector('main [aria-busy="true"]'),
    );
    if (shown) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 'no heading: the screen stayed blank';
}

/** The first screen's parts that depend on the day are lazy chunks too: on those days they must come. */
async function missingPart(s: Session, now: string | undefined): Promise<string | undefined> {
  const part = now === MEETING_DAY ? 'article.today' : now === BETWEEN_MEETINGS ? 'section.deadline' : undefined;
  if (!part) return undefined;
  try {
    await s.page.locator(part).waitFor({ timeout: 8000 });
    return undefined;
  } catch {
    return `${part} never came`;
  }
}

describe('first visit, then offline without a reload', () => {
  it('after "ready to work offline", every screen opens with no network', async () => {
    session = await openSession({ viewport: PHONE });
    const { page, context } = session;
    // A clock that can be moved (the Today modes of the first screen depend on the day).
    await context.clock.install({ time: new Date() });
    await goto(session, '#/');
    await page.getByRole('status').filter({ hasText: 'prête à fonctionner hors ligne' }).waitFor({ timeout: 30_000 });
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));

    await context.setOffline(true);
    const problems: string[] = [];
    // Organiser mode for every screen (its forms too), reading mode for those marked so.
    let reading: boolean | undefined;
    for (const { name, hash, now, reading: readingScreen } of SCREENS.filter((screen) => !screen.click)) {
      if (reading !== !!readingScreen) await organiserMode(session, !(reading = !!readingScreen));
      if (now) {
        // The app's clock reads the time once a minute: move the time, then that minute.
        await context.clock.setSystemTime(new Date(now));
        await context.clock.fastForward(60_000);
      }
      const problem = (await openByHash(session, hash)) ?? (await missingPart(session, now));
      if (problem) problems.push(`${name} (${hash}): ${problem}`);
    }
    expect(problems).toEqual([]);
    expect(controlled).toBe(true);
    expect(session.errors.filter((e) => /dynamically imported module|Failed to fetch/i.test(e))).toEqual([]);
    expect(session.errors).toEqual([]);
  }, 180_000);
});
