/*
 * Followed plans checked while the app is closed, by Periodic Background Sync (issue 15), on
 * a real static server (nginx, as in published-site.test.ts). The delegate's browser grants
 * the permission (as Chromium does for an installed app in use); following a plan registers
 * the "quorum-follow" sync. With no Quorum window open, the sync (fired through the DevTools
 * protocol, as the browser fires it) asks nginx for the plan file with the validators of the
 * copy held: nothing changed, a 304; after the secretariat moves a meeting, a 200 whose file
 * the worker keeps. The app, then opened offline (on a plane), finds that copy and says
 * "Updated by the secretariat: 1 change" without any network. Unfollowing unregisters the sync.
 */
import { rmSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Nginx } from '../../scripts/nginx.mjs';
import { eventually, openSession, waitForServiceWorker, type Session } from './browser.ts';
import { LINK, load, moveMeeting, planFile, publish, serveApp } from './site-helpers.ts';

const PLAN_FILE = 'plans/mispa-iii/plan.quorum.json';

let work: string;
let nginx: Nginx;
let delegate: Session | undefined;

beforeAll(async () => {
  ({ work, nginx } = await serveApp('quorum-sync-'));
});

afterAll(async () => {
  await delegate?.close();
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The tags of the periodic syncs the app registered. */
function syncTags(s: Session): Promise<string[]> {
  return s.page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & { periodicSync: { getTags(): Promise<string[]> } };
    return registration.periodicSync.getTags();
  });
}

/** A function that fires the periodic sync `tag` of the origin's service worker, as the browser does on its schedule. */
async function periodicSyncOf(cdp: CDPSession): Promise<(tag: string) => Promise<void>> {
  const origin = new URL(nginx.url).origin;
  const registrations: { registrationId: string; scopeURL: string }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: typeof registrations }) => registrations.push(...event.registrations));
  await cdp.send('ServiceWorker.enable');
  await eventually(() => expect(registrations.some((r) => r.scopeURL.startsWith(origin))).toBe(true));
  const registrationId = registrations.find((r) => r.scopeURL.startsWith(origin))!.registrationId;
  return async (tag) => void (await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin, registrationId, tag }));
}

/** What Chromium logs when a page without an icon link asks for /favicon.ico, at a time of its choosing. */
const FAVICON_404 = 'Failed to load resource: the server responded with a status of 404 (Not Found)';

const planRequests = () => nginx.log().filter((line) => line.startsWith(`GET /${PLAN_FILE} `));

describe('a followed plan checked in the background', () => {
  it('is fetched by the worker while no window is open, and read by the app opened offline', { timeout: 180_000 }, async () => {
    publish(work, nginx, await planFile(work));
    delegate = await openSession({ baseUrl: nginx.url });
    const { page, context } = delegate;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', { origin: new URL(nginx.url).origin, permissions: ['periodicBackgroundSync'] });

    await load(page, nginx.url, '#/');
    await waitForServiceWorker(delegate);
    await load(page, nginx.url, LINK);
    await eventually(async () => expect(await page.getByText('Fichier : plan.quorum.json').count()).toBe(1), 15_000);
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.waitForURL(/#\/plan$/);
    await eventually(async () => expect(await syncTags(delegate!)).toEqual(['quorum-follow']));

    // No Quorum window any more: the worker asks by itself, with the validators of the copy held.
    const fire = await periodicSyncOf(cdp);
    await page.goto('about:blank');
    const before = planRequests().length;
    await fire('quorum-follow');
    await eventually(() => expect(planRequests().length).toBe(before + 1), 15_000);
    expect(planRequests().at(-1)).toMatch(/^GET \/plans\/mispa-iii\/plan\.quorum\.json 304 /);

    // The secretariat moves a meeting: the next background check fetches the file and keeps it.
    publish(work, nginx, await planFile(work, moveMeeting('2011-09-23', 1, '2026-12-01T10:00:00.000Z')));
    await fire('quorum-follow');
    await eventually(() => expect(planRequests().at(-1)).toMatch(/^GET \/plans\/mispa-iii\/plan\.quorum\.json 200 /), 15_000);
    // The copy the worker kept, seen from a page of the origin that runs no app: the worker's
    // script, shown as text (a navigation to a file of the site is the site's, never the app's
    // page, which would check at once and take the copy).
    await page.goto(new URL('follow-sync.js', nginx.url).href);
    expect(await page.evaluate(() => document.contentType)).toBe('application/javascript');
    expect(await page.locator('#app').count()).toBe(0);
    await eventually(async () => {
      const kept = await page.evaluate(async () => (await (await caches.open('quorum-follow-copies')).keys()).map((r) => r.url));
      expect(kept).toEqual([new URL(PLAN_FILE, nginx.url).href]);
    }, 15_000);

    // That page's favicon request may come now, later or not at all: it is the only error allowed.
    const unexpected = () => delegate!.errors.filter((error) => error !== FAVICON_404);
    expect(unexpected()).toEqual([]);
    delegate.errors.length = 0;

    // On the plane: the app opened offline finds the update the browser fetched.
    await context.setOffline(true);
    const requestsBefore = planRequests().length;
    await load(page, nginx.url, '#/');
    const status = page.getByRole('region', { name: 'Suivi du plan' });
    await eventually(async () => expect(await status.textContent()).toContain('Mis à jour par le secrétariat : 1 modification'), 20_000);
    expect(await status.textContent()).toContain('Publié par Secrétariat de la CIDI · vérifié');
    expect(planRequests().length).toBe(requestsBefore);
    // The app asked the server first: offline, that request failed, and the copy answered.
    expect(unexpected()).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    delegate.errors.length = 0;
    await context.setOffline(false);

    // No plan followed any more: no background check either.
    await status.locator('summary', { hasText: 'Suivi du plan' }).click();
    await status.getByRole('button', { name: 'Ne plus suivre' }).click();
    await eventually(async () => expect(await syncTags(delegate!)).toEqual([]));
    expect(unexpected()).toEqual([]);
  });
});
