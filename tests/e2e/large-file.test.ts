/*
 * A plan file over the caps files had before (5 MB, 5,000 records in a list), opened offline
 * on a 360 px phone: the open screen shows how far reading and checking have got, then the
 * preview; importing shows the records written, then the plan.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generatePlan } from '../support/generate-plan.ts';
import { FORMAT_NAME, FORMAT_VERSION } from '../../src/lib/plan-files/format.ts';
import { axeViolations, goto, layoutProblems, openOfflineSession, progressSeen, recordProgress, waitForScreen, type Session } from './browser.ts';

const OLD_MAX_BYTES = 5 * 1024 * 1024;

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

function largeFile(): Buffer {
  const bundle = generatePlan({ seed: 7, meetings: 2_000, agendaItems: 10_000, mandates: 500, planId: 'plan-large' });
  const file = { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: '2024-01-15T12:00:00.000Z', app: 'Quorum', plans: [{ bundle }] };
  return Buffer.from(JSON.stringify(file, null, 2));
}

describe('a plan file over the old 5 MB cap', () => {
  it('opens offline on a phone with progress, then the preview, and imports with progress', async () => {
    const s = await openOfflineSession();
    sessions.push(s);
    const buffer = largeFile();
    expect(buffer.length).toBeGreaterThan(OLD_MAX_BYTES);

    // The read worker is its own file: precached, so it starts offline.
    const precached = await s.page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(precached.some((url) => /\/assets\/read-worker-[\w-]+\.js/.test(url))).toBe(true);
    const workers: string[] = [];
    s.page.on('worker', (worker) => workers.push(worker.url()));

    await goto(s, '#/share');
    await recordProgress(s);
    await s.page.getByLabel('Choisir un fichier').setInputFiles({ name: 'large.quorum.json', mimeType: 'application/json', buffer });
    await s.page.waitForURL(/#\/open$/);
    const apply = s.page.getByRole('button', { name: 'Importer', exact: true });
    await apply.waitFor({ timeout: 60_000 });
    await waitForScreen(s.page);
    expect(await progressSeen(s)).toEqual(expect.arrayContaining(['Vérification du fichier']));
    expect(workers.some((url) => url.includes('read-worker'))).toBe(true);
    await expect(s.page.getByText('Nouveau plan').count()).resolves.toBeGreaterThan(0);
    await expect(s.page.getByText(/2\s?000 réunions, 10\s000 points d’ordre du jour/).count()).resolves.toBe(1);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);

    await apply.click();
    await s.page.waitForURL(/#\/plan$/, { timeout: 120_000 });
    expect(await progressSeen(s)).toEqual(expect.arrayContaining(['Enregistrement']));
  }, 240_000);
});
