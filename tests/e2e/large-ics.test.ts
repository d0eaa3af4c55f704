/*
 * Large calendars opened offline on a 360 px phone, against the production build: a 10 MB
 * .ics is read, parsed and merged in the .ics read worker (the page never loads ical.js nor
 * the reader's chunk) with progress shown, then previewed; a 100,000-event one is refused by
 * the event cap, before any event is parsed (no event is ever counted). Both calendars are
 * generated here, never committed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ICS_EVENTS } from '../../src/lib/plan-files/limits.ts';
import { generatedCalendar } from '../unit/ical/ics-files.ts';
import { axeViolations, goto, layoutProblems, openOfflineSession, progressSeen, recordProgress, waitForScreen, type Session } from './browser.ts';

const MB = 1024 * 1024;

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

/** Chooses `text` as an .ics file on the share screen; the import screen opens. */
async function chooseCalendar(s: Session, name: string, text: string): Promise<void> {
  await goto(s, '#/share');
  await recordProgress(s);
  await s.page.getByLabel('Choisir un fichier').setInputFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text) });
  await s.page.waitForURL(/#\/open$/);
}

/** The scripts the page itself fetched (a worker's own requests are not in the page's timeline). */
const pageScripts = (s: Session) =>
  s.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => url.endsWith('.js')),
  );

describe('a large calendar', () => {
  it('is read in the .ics worker with progress, then previewed; 100,000 events are refused by the cap', async () => {
    const s = await openOfflineSession();
    sessions.push(s);
    const precached = await s.page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(precached.some((url) => /\/assets\/ics-worker-[\w-]+\.js$/.test(url))).toBe(true);
    const workers: string[] = [];
    s.page.on('worker', (worker) => workers.push(worker.url()));

    const large = generatedCalendar(12_000, 700);
    expect(Buffer.byteLength(large)).toBeGreaterThan(10 * MB);
    await chooseCalendar(s, 'large.ics', large);
    await s.page.getByRole('button', { name: 'Importer les réunions' }).waitFor({ timeout: 120_000 });
    await waitForScreen(s.page);
    await expect(s.page.getByText(/Calendrier : 12\s000 réunions à importer dans le plan MISPA-III\./).count()).resolves.toBe(1);
    const seen = await progressSeen(s);
    expect(seen).toEqual(expect.arrayContaining(['Vérification du fichier']));
    expect(seen.some((text) => /sur 12\s000 événements$/.test(text))).toBe(true);
    expect(workers.filter((url) => url.includes('/ics-worker-'))).toHaveLength(1);
    const scripts = await pageScripts(s);
    expect(scripts.some((url) => url.includes('/ics-off-thread-'))).toBe(true);
    expect(scripts.filter((url) => /\/(ics-import|ical)-/.test(url))).toEqual([]);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);

    await chooseCalendar(s, 'huge.ics', generatedCalendar(100_000));
    const refused = s.page.getByRole('alert');
    await refused.waitFor({ timeout: 60_000 });
    expect(await refused.textContent()).toMatch(new RegExp(`trop d’événements : ${String(MAX_ICS_EVENTS).replace(/(\d{2})(\d{3})$/, '$1\\s$2')} au plus`));
    // Refused by the scan: no event was parsed, so none was ever counted.
    expect((await progressSeen(s)).some((text) => text.includes('événements'))).toBe(false);
    expect(workers.filter((url) => url.includes('/ics-worker-'))).toHaveLength(2);
    expect((await pageScripts(s)).filter((url) => /\/(ics-import|ical)-/.test(url))).toEqual([]);
  }, 240_000);
});
