/*
 * A plan published to a real static server (issue 15): Debian's nginx on loopback, with the
 * repository's config (tests/servers/nginx.conf), serving the built app and, beside it, the
 * site `npm run publish` writes. A delegate's browser (its own profile) opens the plan's link
 * on that server and imports it; the secretariat moves a meeting and publishes again into the
 * same folder; the delegate opens the link again and sees the move in the preview, then on the
 * meeting's page. A calendar subscribed to the feed (tests/readers/fetch-feed.py: HTTP with
 * validators, read by python3-icalendar) sees the moved meeting, and a 304 when nothing changed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type Nginx } from '../support/nginx.ts';
import { eventually, openSession, waitForScreen, type Session } from './browser.ts';

const MOVED = 'mispa-iii/wg-2011-09-22';
const FEED = 'plans/mispa-iii/calendar.ics';
const LINK = '#/open?url=plans/mispa-iii/plan.quorum.json';

let work: string;
let nginx: Nginx;
let delegate: Session | undefined;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'quorum-site-'));
  // nginx's workers drop root for an unprivileged user, who must be able to read the web root.
  chmodSync(work, 0o755);
  const root = join(work, 'www');
  cpSync('dist', root, { recursive: true });
  nginx = await startNginx(root);
});

afterAll(async () => {
  await delegate?.close();
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The seed's plan file, as the secretariat keeps it, with `change` made to it. */
async function planFile(change?: (file: { plans: { bundle: { meetings: Record<string, unknown>[] } }[] }) => void): Promise<string> {
  const { mispaIII } = await import('../../src/data/mispa-iii.ts');
  const file = { format: 'quorum-plan', version: 2, exportedAt: '2026-12-01T09:00:00.000Z', plans: [{ bundle: structuredClone(mispaIII) }] };
  change?.(file as never);
  const path = join(work, 'plan.quorum.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

function publish(file: string) {
  const run = spawnSync(process.execPath, ['scripts/publish.mjs', file, nginx.root, '--app-url', nginx.url], { encoding: 'utf8' });
  expect({ code: run.status, err: run.stderr }).toEqual({ code: 0, err: '' });
}

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

    // The delegate opens the plan's link on the server, and imports it.
    delegate = await openSession({ baseUrl: nginx.url });
    const { page } = delegate;
    await page.goto(new URL(LINK, nginx.url).href);
    await waitForScreen(page);
    await eventually(async () => expect(await page.getByText('Fichier : plan.quorum.json').count()).toBe(1), 15_000);
    await expect(page.getByText('Aucune différence avec votre version : l’import ne changera rien.').count()).resolves.toBe(1);

    // The secretariat moves the meeting of 22 September to the 23rd and publishes again.
    publish(
      await planFile((file) => {
        const meeting = file.plans[0]!.bundle.meetings.find((m) => m.id === MOVED)!;
        Object.assign(meeting, { startDate: '2011-09-23', sequence: (meeting.sequence as number) + 1, updatedAt: '2026-12-01T10:00:00.000Z' });
      }),
    );
    const moved = calendarFetch();
    expect(moved.status).toBe(200);
    const event = moved.events!.find((e) => e.uid.includes('wg-2011-09-22'))!;
    expect(event).toMatchObject({ start: '2011-09-23', sequence: 1 });
    expect(calendarFetch()).toEqual({ status: 304 });

    // The link opened again, as from a message: a new page load.
    await page.goto(new URL('#/', nginx.url).href);
    await waitForScreen(page);
    await page.goto(new URL(LINK, nginx.url).href);
    await waitForScreen(page);
    const schedule = page.getByRole('region', { name: 'Changements de calendrier (1)' });
    await schedule.waitFor();
    expect(await schedule.textContent()).toContain('23 septembre 2011');
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.waitForURL(/#\/plan$/);
    await page.goto(new URL('#/meeting/' + encodeURIComponent(MOVED), nginx.url).href);
    await waitForScreen(page);
    await eventually(async () => expect(await page.locator('main').textContent()).toContain('23 septembre 2011'));
    const served2 = readFileSync(join(nginx.root, 'index.json'), 'utf8');
    expect(JSON.parse(served2)).toMatchObject({ plans: [{ id: 'mispa-iii', version: '2026-12-01T10:00:00.000Z' }] });
    expect(delegate.errors).toEqual([]);
  });
});
