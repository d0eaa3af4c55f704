/*
 * The promise of the app: open it once with a connection, then read everything with no
 * network at all, through every screen and a deep link, after a reload and a restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { foreignRequests, goto, openSession, shownCount, waitForScreen, waitForServiceWorker, PHONE_LARGE, type Session } from './browser.ts';

const MEETING = '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-22');

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('offline', () => {
  it('precaches the whole app and reads every screen offline after one visit', async () => {
    session = await openSession({ viewport: PHONE_LARGE });
    const { page, context } = session;
    await goto(session, '#/');
    await waitForServiceWorker(session);

    // Every built asset (lazy chunks included) is in the precache.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname));
    for (const path of ['/index.html', ...scripts]) expect(cached).toContain(path);

    await context.setOffline(true);
    await page.reload();
    await waitForScreen(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('Plan de travail du Groupe de travail');

    const screens: [string, string][] = [
      ['#/plan', 'Plan de travail'],
      ['#/calendar', 'Calendrier des réunions'],
      [MEETING, 'Réunion du groupe de travail du 22 septembre 2011'],
      ['#/timeline', 'Chronologie du processus'],
      ['#/documents', 'Documents cités'],
    ];
    for (const [hash, heading] of screens) {
      await goto(session, hash);
      await expect(page.locator('h1').textContent()).resolves.toContain(heading);
    }
    await goto(session, MEETING);
    await expect(shownCount(page, 'Examen du document final')).resolves.toBe(1);
    await goto(session, '#/plan');
    await expect(page.getByText('CSH + Secrétariat', { exact: false }).count()).resolves.toBe(0); // split into two bodies
    await expect(page.locator('[id="mispa-iii/m7"]').textContent()).resolves.toContain('Conseil permanent (CSH)');
    expect(foreignRequests(session)).toEqual([]);
  });

  it('loads the most opened screens’ code while the overview is idle, so the first tap waits for none', async () => {
    session = await openSession();
    await goto(session, '#/');
    await waitForServiceWorker(session); // its precaching requests are over
    const start = session.requests.length;
    await session.page.reload();
    await waitForScreen(session.page);
    // The three screens, and the followed plans' checker that every start loads once the overview is shown.
    const loaded = () => session!.requests.slice(start).filter((url) => /\/(CalendarScreen|PlanScreen|MeetingScreen|following)-[\w-]+\.js$/.test(url)).length;
    await expect.poll(loaded, { timeout: 10_000 }).toBe(4);
    const before = session.requests.length;
    await session.page.evaluate(() => (location.hash = '#/calendar'));
    await session.page.waitForSelector('main[aria-busy="false"][data-started] h2.month');
    // Opening the calendar fetched no code: it was there already.
    expect(session.requests.slice(before).filter((url) => url.endsWith('.js'))).toEqual([]);
  });

  it('opens a shared deep link offline in a new tab, and keeps data across a restart', async () => {
    session = await openSession();
    await goto(session, '#/');
    await waitForServiceWorker(session);
    await session.context.setOffline(true);

    const tab = await session.context.newPage();
    await tab.goto(new URL(MEETING, session.baseUrl).href);
    await waitForScreen(tab);
    await expect(tab.locator('h1').textContent()).resolves.toContain('22 septembre 2011');
    await expect(shownCount(tab, 'Examen des documents prévus pour la MISPA-III')).resolves.toBe(1);

    // Links between parts work offline: meeting → next meeting → calendar → timeline.
    // The meeting screen shows the meeting it had until the next one is read: wait for its heading.
    await tab.getByRole('link', { name: /Réunion suivante/ }).click();
    await expect.poll(() => tab.locator('h1').textContent()).toContain('29 septembre 2011');
    await waitForScreen(tab);
    await tab.getByRole('link', { name: 'Retour au calendrier' }).click();
    await expect.poll(() => tab.locator('h1').textContent()).toContain('Calendrier');
    await waitForScreen(tab);
    await tab.close();

    // A hash route survives a reload.
    await goto(session, '#/timeline');
    await session.page.reload();
    await waitForScreen(session.page);
    await expect(session.page.locator('h1').textContent()).resolves.toContain('Chronologie');
    expect(session.errors).toEqual([]);
  });

  it('seeds the default plan exactly once, across reloads and two tabs', async () => {
    session = await openSession();
    await goto(session, '#/calendar');
    const second = await session.context.newPage();
    await second.goto(new URL('#/calendar', session.baseUrl).href);
    await waitForScreen(second);
    await session.page.reload();
    await waitForScreen(session.page);
    const counts = await session.page.evaluate(
      () =>
        new Promise<number[]>((resolve, reject) => {
          const open = indexedDB.open('quorum');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['plans', 'meetings', 'agendaItems', 'mandates'], 'readonly');
            const names = ['plans', 'meetings', 'agendaItems', 'mandates'];
            const out: number[] = [];
            names.forEach((name, i) => {
              const req = tx.objectStore(name).count();
              req.onsuccess = () => (out[i] = req.result);
            });
            tx.oncomplete = () => resolve(out);
          };
        }),
    );
    expect(counts).toEqual([1, 10, 11, 7]);
    await expect(session.page.locator('article').count()).resolves.toBe(10);
  });
});
