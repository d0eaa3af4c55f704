/*
 * A plan published to a real static server (issue 15): Debian's nginx on loopback, with the
 * repository's config (tests/servers/nginx.conf), serving the built app and, beside it, the
 * site `npm run publish` writes. A delegate's browser (its own profile) opens the plan's link
 * on that server and follows it; the secretariat moves a meeting and publishes again into the
 * same folder; the delegate's app, opened again, says "Updated by the secretariat: 1 change",
 * shows the move in the preview, then on the meeting's page; an unchanged plan then costs a
 * 304; with "apply updates automatically" the next move arrives by itself. The site is
 * signed (`--key`): the first follow pins the secretariat's key and says "published by … ·
 * verified"; a move published with another key waits, flagged, and is imported only after
 * the warning and the delegate's explicit consent; a signed file changed after signing and
 * passed by hand is shown as not verified too, its import refused until consent. A calendar subscribed to the feed (tests/readers/fetch-feed.py: HTTP with
 * validators, read by python3-icalendar) sees the moved meeting, and a 304 when nothing changed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Nginx } from '../../scripts/nginx.mjs';
import { axeViolations, eventually, layoutProblems, openSession, type Session } from './browser.ts';
import { LINK, load as loadAt, moveMeeting, MOVED, planFile as planFileIn, publish as publishIn, serveApp } from './site-helpers.ts';

const FEED = 'plans/mispa-iii/calendar.ics';

let work: string;
let nginx: Nginx;
let delegate: Session | undefined;

const planFile = (change?: Parameters<typeof planFileIn>[1]) => planFileIn(work, change);
const publish = (file: string, key?: string) => publishIn(work, nginx, file, key);
const load = (page: Session['page'], hash: string) => loadAt(page, nginx.url, hash);

beforeAll(async () => {
  ({ work, nginx } = await serveApp('quorum-site-'));
});

afterAll(async () => {
  await delegate?.close();
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

type FeedReading = { status: number; type?: string; refresh?: string; events?: { uid: string; start: string; status: string; sequence: number }[] };

/** One fetch of the feed by the subscribed calendar, which keeps its validators between fetches. */
function calendarFetch(): FeedReading {
  const run = spawnSync('/usr/bin/python3', ['tests/readers/fetch-feed.py', new URL(FEED, nginx.url).href, join(work, 'calendar-state.json')], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`fetch-feed.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as FeedReading;
}

describe('a plan published to nginx', () => {
  it('reaches a delegate’s browser and a subscribed calendar, and so does a moved meeting', { timeout: 180_000 }, async () => {
    publish(await planFile());
    const served = await fetch(new URL(FEED, nginx.url));
    expect(served.status, nginx.log().join('\n')).toBe(200);
    expect(served.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(served.headers.get('cache-control')).toBe('no-cache');
    expect(served.headers.get('etag')).toBeTruthy();

    const first = calendarFetch();
    expect(first).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8', refresh: 'PT1H' });
    expect(first.events).toHaveLength(10);
    expect(first.events!.find((e) => e.uid.includes('wg-2011-09-22'))!.start).toBe('2011-09-22');
    // Nothing changed: the calendar's next fetch costs a 304.
    expect(calendarFetch()).toEqual({ status: 304 });
    expect(
      nginx
        .log()
        .filter((line) => line.startsWith(`GET /${FEED} `))
        .map((line) => line.split(' ')[2]),
    ).toEqual(['200', '200', '304']);

    // The delegate opens the plan's link on the server, and follows it as they import it.
    delegate = await openSession({ baseUrl: nginx.url });
    const { page } = delegate;
    await load(page, LINK);
    await eventually(async () => expect(await page.getByText('Fichier : plan.quorum.json').count()).toBe(1), 15_000);
    await expect(page.getByText('Aucune différence avec votre version : l’import ne changera rien.').count()).resolves.toBe(1);
    const follow = page.getByRole('checkbox', { name: /^Suivre ce plan/ });
    await expect(follow.isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.waitForURL(/#\/plan$/);
    await eventually(async () => expect(await page.getByText('Vous suivez ce plan : MISPA-III.', { exact: false }).count()).toBe(1));

    // The secretariat moves the meeting of 22 September to the 23rd and publishes again.
    publish(await planFile(moveMeeting('2011-09-23', 1, '2026-12-01T10:00:00.000Z')));
    const moved = calendarFetch();
    expect(moved.status).toBe(200);
    const event = moved.events!.find((e) => e.uid.includes('wg-2011-09-22'))!;
    expect(event).toMatchObject({ start: '2011-09-23', sequence: 1 });
    expect(calendarFetch()).toEqual({ status: 304 });

    // The delegate's app, opened again online, finds the update and says so; one tap to review it.
    await load(page, '#/');
    const status = page.getByRole('region', { name: 'Suivi du plan' });
    // It offers the feed to subscribe to: the address the calendar above reads.
    await status.locator('summary', { hasText: 'S’abonner dans mon agenda' }).click();
    const feedUrl = new URL(FEED, nginx.url).href;
    await expect(status.getByLabel('Adresse du calendrier').inputValue()).resolves.toBe(feedUrl);
    await expect(status.getByRole('link', { name: 'Ouvrir l’abonnement (iPhone, iPad, Mac, Outlook)' }).getAttribute('href')).resolves.toBe(
      feedUrl.replace('http:', 'webcal:'),
    );
    await eventually(async () => expect(await status.textContent()).toContain('Mis à jour par le secrétariat : 1 modification'), 20_000);
    // The first follow pinned the secretariat's key: the copy held is theirs, verified, and so is the update.
    expect(await status.textContent()).toContain('Publié par Secrétariat de la CIDI · vérifié');
    expect(await status.textContent()).not.toContain('non vérifiée');
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await status.getByRole('link', { name: 'Voir et appliquer' }).click();
    const schedule = page.getByRole('region', { name: 'Changements de calendrier (1)' });
    await schedule.waitFor();
    expect(await schedule.textContent()).toContain('23 septembre 2011');
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.waitForURL(/#\/plan$/);
    await load(page, '#/meeting/' + encodeURIComponent(MOVED));
    await eventually(async () => expect(await page.locator('main').textContent()).toContain('23 septembre 2011'));

    // Nothing new since: the next check is a conditional request answered 304, and nothing waits.
    const planChecks = () => nginx.log().filter((line) => line.startsWith('GET /plans/mispa-iii/plan.quorum.json '));
    const before = planChecks().length;
    await load(page, '#/');
    await eventually(async () => expect(planChecks().length).toBeGreaterThan(before), 20_000);
    expect(planChecks().at(-1), planChecks().join('\n')).toMatch(/^GET \/plans\/mispa-iii\/plan\.quorum\.json 304 ".+" /);
    await eventually(async () => expect(await status.textContent()).toMatch(/Plan au .* · consulté /));
    expect(await status.textContent()).toContain('Publié par Secrétariat de la CIDI · vérifié');
    expect(await status.textContent()).not.toContain('Mis à jour par le secrétariat');

    // Updates applied by themselves, once the delegate asks for it.
    await status.locator('summary', { hasText: 'Suivi du plan' }).click();
    await status.getByRole('checkbox', { name: 'Appliquer les mises à jour automatiquement' }).check();
    publish(await planFile(moveMeeting('2011-09-24', 2, '2026-12-01T11:00:00.000Z')));
    await load(page, '#/meeting/' + encodeURIComponent(MOVED));
    await eventually(async () => expect(await page.locator('main').textContent()).toContain('24 septembre 2011'), 20_000);
    const served2 = readFileSync(join(nginx.root, 'index.json'), 'utf8');
    expect(JSON.parse(served2)).toMatchObject({ plans: [{ id: 'mispa-iii', version: '2026-12-01T11:00:00.000Z' }] });

    // Someone with another key (under the same name) publishes a move: not applied by itself,
    // flagged, and imported only once the delegate accepts it after the warning.
    publish(await planFile(moveMeeting('2011-09-26', 3, '2026-12-01T12:00:00.000Z')), 'impostor');
    await load(page, '#/');
    await eventually(async () => expect(await status.textContent()).toContain('Mise à jour non vérifiée'), 20_000);
    await load(page, '#/meeting/' + encodeURIComponent(MOVED));
    await expect(page.locator('main').textContent()).resolves.toContain('24 septembre 2011');
    await load(page, '#/');
    await status.getByRole('link', { name: 'Voir et appliquer' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'Non vérifié' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('avec une autre clé');
    const importButton = page.getByRole('button', { name: 'Importer' });
    await expect(importButton.isDisabled()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'J’ai compris : importer ce fichier et faire confiance à cette clé pour ce plan' }).check();
    await importButton.click();
    await page.waitForURL(/#\/plan$/);
    await load(page, '#/');
    await eventually(async () => expect(await status.textContent()).toContain('La copie de ce plan sur cet appareil n’est pas vérifiée'));

    // A file passed by hand gets the same check: the secretariat's signed file, changed after signing.
    const forged = JSON.parse(readFileSync(join(nginx.root, 'plans/mispa-iii/plan.quorum.json'), 'utf8'));
    forged.plans[0].bundle.meetings[0].startTime = '09:00';
    await load(page, '#/share');
    await page
      .getByLabel('Choisir un fichier')
      .setInputFiles({ name: 'forwarded.quorum.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forged)) });
    await page.waitForURL(/#\/open$/);
    const forgedWarning = page.getByRole('alert').filter({ hasText: 'Non vérifié' });
    await forgedWarning.waitFor();
    expect(await forgedWarning.textContent()).toContain('sa signature ne correspond pas à son contenu');
    await expect(page.getByRole('button', { name: 'Importer' }).isDisabled()).resolves.toBe(true);
    expect(delegate.errors).toEqual([]);
  });
});
