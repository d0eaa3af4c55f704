/*
 * Sharing and backing up without a server, in the built app on a 360 px phone: export the plan
 * as a file, open it on a fresh profile through the file input, see what it changes (schedule
 * first) and apply it; see one's own edits flagged before an older file replaces them; import
 * meetings from an .ics file; open a plan file published beside the app from a link; and see a
 * hostile or cut-short file refused with a clear message and nothing changed.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, foreignRequests, goto, layoutProblems, openSession, shownCount, waitForScreen, type Session } from './browser.ts';

const ID = 'mispa-iii/wg-2011-09-22';
const MEETING = '#/meeting/' + encodeURIComponent(ID);
const EDIT = '#/edit/meeting/' + encodeURIComponent(ID);

const sessions: Session[] = [];
const files = mkdtempSync(join(tmpdir(), 'quorum-share-'));
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
afterAll(() => rmSync(files, { recursive: true, force: true }));

async function session(): Promise<Session> {
  const s = await openSession({ organiser: true });
  sessions.push(s);
  return s;
}

async function setTime(s: Session, start: string, end: string): Promise<void> {
  await goto(s, EDIT);
  await s.page.getByLabel('Heure de début').fill(start);
  await s.page.getByLabel('Heure de fin').fill(end);
  await s.page.getByRole('button', { name: 'Enregistrer' }).click();
  await s.page.waitForURL(/#\/meeting\//);
  await waitForScreen(s.page);
}

/** Exports the plan from the share screen; returns the downloaded file's name, path and text. */
async function exportPlan(s: Session): Promise<{ name: string; path: string; text: string }> {
  await goto(s, '#/share');
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Exporter le fichier' }).click()]);
  const path = join(files, `${sessions.indexOf(s)}-${Date.now()}-${download.suggestedFilename()}`);
  copyFileSync(await download.path(), path);
  return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

/** Chooses a file in the share screen's file input; the import screen opens. */
async function openFile(s: Session, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await goto(s, '#/share');
  await s.page.getByLabel('Choisir un fichier').setInputFiles(file);
  await s.page.waitForURL(/#\/open$/);
  await waitForScreen(s.page);
}

/** Every record and history entry of the app's IndexedDB database, as one string. */
async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('quorum');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown> = {};
    for (const name of [...db.objectStoreNames]) {
      dump[name] = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(dump);
  });
}

describe('sharing a plan as a file', () => {
  it('exports after an edit, then a fresh profile previews the file, applies it, and can undo it', async () => {
    const a = await session();
    await setTime(a, '10:00', '13:00');
    // The overview reminds of the change that is in no backup.
    await goto(a, '#/');
    await eventually(async () =>
      expect(await a.page.getByRole('link', { name: 'Partager et sauvegarder Modifications non sauvegardées : 1' }).count()).toBe(1),
    );
    expect(await axeViolations(a.page)).toEqual([]);
    expect(await layoutProblems(a.page)).toEqual([]);
    await goto(a, '#/share');
    await expect(a.page.getByText('Des modifications de ce plan ne sont dans aucune sauvegarde.', { exact: false }).count()).resolves.toBe(1);
    expect(await axeViolations(a.page)).toEqual([]);
    expect(await layoutProblems(a.page)).toEqual([]);

    const file = await exportPlan(a);
    expect(file.name).toMatch(/^MISPA-III-\d{4}-\d{2}-\d{2}\.quorum\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'quorum-plan', version: 2, plans: [{ bundle: { plan: { id: 'mispa-iii' } } }] });
    await eventually(async () => {
      expect(
        await a.page
          .getByRole('status')
          .filter({ hasText: `Fichier ${file.name} téléchargé.` })
          .count(),
      ).toBe(1);
      expect(await a.page.getByText('Toutes les modifications de ce plan sont dans une sauvegarde.').count()).toBe(1);
      expect(await a.page.getByText(/^Dernière sauvegarde : /).count()).toBe(1);
    });
    await goto(a, '#/');
    await eventually(async () => expect(await a.page.getByRole('link', { name: 'Partager et sauvegarder', exact: true }).count()).toBe(1));

    const b = await session();
    await goto(b, MEETING);
    await expect(b.page.getByText('Journée entière (heure non précisée)').count()).resolves.toBe(1);
    const before = await dumpDatabase(b.page);
    await openFile(b, file.path);
    const schedule = b.page.getByRole('region', { name: 'Changements de calendrier (1)' });
    await schedule.waitFor();
    await expect(b.page.getByText('Ce fichier contient 1 plan.').count()).resolves.toBe(1);
    await expect(b.page.getByRole('heading', { name: /Mise à jour\s+MISPA-III/ }).count()).resolves.toBe(1);
    expect(await schedule.textContent()).toContain('Réunion du groupe de travail du 22 septembre 2011');
    // Fields in name order: end time, then start time.
    expect(await schedule.locator('ins').allTextContents()).toEqual(['13:00', '10:00']);
    expect(await dumpDatabase(b.page)).toBe(before);
    expect(await axeViolations(b.page)).toEqual([]);
    expect(await layoutProblems(b.page)).toEqual([]);

    await b.page.getByRole('button', { name: 'Importer' }).click();
    await b.page.waitForURL(/#\/plan$/);
    await waitForScreen(b.page);
    await eventually(async () => expect(await b.page.getByRole('status').filter({ hasText: 'Plan importé : MISPA-III.' }).count()).toBe(1));
    await goto(b, MEETING);
    await expect(b.page.getByText('10:00 – 13:00').count()).resolves.toBe(1);

    // Undo puts the device's own version back.
    await goto(b, '#/changes');
    await b.page.getByRole('button', { name: 'Défaire la dernière modification' }).click();
    await eventually(async () => expect(await b.page.getByRole('status').filter({ hasText: 'Modification annulée.' }).count()).toBe(1));
    await goto(b, MEETING);
    await expect(b.page.getByText('Journée entière (heure non précisée)').count()).resolves.toBe(1);
    expect(foreignRequests(a)).toEqual([]);
    expect(foreignRequests(b)).toEqual([]);
  });

  it('flags the user’s own edit before an older file replaces it, and keeps it when asked', async () => {
    const s = await session();
    const older = await exportPlan(s);
    await setTime(s, '10:00', '13:00');
    await openFile(s, older.path);
    const conflicts = s.page.getByRole('region', { name: 'Vos modifications seront remplacées (1)' });
    await conflicts.waitFor();
    expect(await conflicts.textContent()).toContain('Réunion du groupe de travail du 22 septembre 2011');
    expect(await conflicts.locator('del').allTextContents()).toEqual(['13:00', '10:00']);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);

    await conflicts.getByRole('checkbox', { name: 'Garder ma version' }).check();
    await s.page.getByRole('button', { name: 'Importer' }).click();
    await s.page.waitForURL(/#\/plan$/);
    await goto(s, MEETING);
    await expect(s.page.getByText('10:00 – 13:00').count()).resolves.toBe(1);
  });

  it('imports meetings from an .ics file into the plan shown, with the same preview, then shows them on the calendar', async () => {
    const s = await session();
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Other//EN',
      'BEGIN:VEVENT',
      'UID:extra-1@example.org',
      'DTSTAMP:20240101T000000Z',
      'DTSTART;VALUE=DATE:20111201',
      'SUMMARY:Réunion extraordinaire',
      'LOCATION:Washington',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:extra-2@example.org',
      'SUMMARY:Réunion illisible',
      'DTSTART;TZID="Eastern Standard Time',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    await openFile(s, { name: 'extra.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
    await s.page.getByText('Calendrier : 1 réunion à importer dans le plan MISPA-III.').waitFor();
    const schedule = s.page.getByRole('region', { name: 'Changements de calendrier (1)' });
    expect(await schedule.textContent()).toContain('Réunion extraordinaire');
    expect(await schedule.locator('.facts').allTextContents()).toEqual(['Journée entière (heure non précisée) · Washington · Prévue']);
    await s.page.getByText('Événements ignorés (1)').click();
    expect(await s.page.locator('main details').innerText()).toContain('« Réunion illisible », ligne 11');
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: 'Importer les réunions' }).click();
    await s.page.waitForURL(/#\/calendar\?month=2011-12$/);
    // Shown once (the card's "mine" toggle names it too, for screen readers only).
    await eventually(async () => expect(await shownCount(s.page, 'Réunion extraordinaire')).toBe(1));
  });
});

describe('opening a plan file from a link', () => {
  it('fetches a file published beside the app and previews it like a local one', async () => {
    const s = await session();
    const text = JSON.parse((await exportPlan(s)).text);
    const meeting = text.plans[0].bundle.meetings.find((m: { id: string }) => m.id === ID);
    Object.assign(meeting, { startTime: '09:00', endTime: '12:00' });
    const url = new URL('plans/mispa-iii.quorum.json', s.baseUrl).href;
    await s.context.route(url, (route) => route.fulfill({ body: JSON.stringify(text), contentType: 'application/json' }));
    await goto(s, '#/open?url=plans/mispa-iii.quorum.json');
    const schedule = s.page.getByRole('region', { name: 'Changements de calendrier (1)' });
    await schedule.waitFor();
    expect(await schedule.locator('ins').allTextContents()).toEqual(['12:00', '9:00']);
    await expect(s.page.getByText('Fichier : mispa-iii.quorum.json').count()).resolves.toBe(1);
    await s.page.getByRole('button', { name: 'Importer' }).click();
    await s.page.waitForURL(/#\/plan$/);
    await goto(s, MEETING);
    await eventually(async () => expect(await s.page.getByText('9:00 – 12:00').count()).toBe(1));
  });

  it('refuses another origin, says so when offline or on an HTTP error, and changes nothing', async () => {
    const s = await session();
    await goto(s, '#/');
    const before = await dumpDatabase(s.page);
    await goto(s, '#/open?url=' + encodeURIComponent('https://evil.example.net/plan.json'));
    await expect(s.page.getByRole('alert').textContent()).resolves.toContain('Ce lien mène à un autre site (https://evil.example.net)');
    expect(foreignRequests(s)).toEqual([]);

    await s.context.route(new URL('plans/missing.json', s.baseUrl).href, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await goto(s, '#/open?url=plans/missing.json');
    await eventually(async () => expect(await s.page.getByRole('alert').textContent()).toContain('réponse 404 du serveur'));

    await s.context.setOffline(true);
    await goto(s, '#/open?url=plans/mispa-iii.quorum.json');
    await eventually(async () => expect(await s.page.getByRole('alert').textContent()).toContain('Hors ligne : ce fichier ne peut pas être téléchargé.'));
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);
    expect(await dumpDatabase(s.page)).toBe(before);
  });
});

describe('a hostile or damaged file', () => {
  it('is refused with a clear message, problem by problem, and nothing changes', async () => {
    const s = await session();
    const exported = await exportPlan(s);
    const before = await dumpDatabase(s.page);

    const hostile = '{"format":"quorum-plan","version":2,"plans":[{"__proto__":{"x":1}}]}';
    await openFile(s, { name: 'hostile.quorum.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    const alert = s.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Ce fichier ne peut pas être importé. Rien n’a été modifié.');
    expect(await alert.textContent()).toContain('Ce fichier contient une clé interdite (« __proto__ »)');
    expect(await alert.textContent()).toContain('plans[0]');
    await expect(s.page.getByRole('button', { name: 'Importer' }).count()).resolves.toBe(0);
    expect(await s.page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('x');
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);

    await openFile(s, { name: 'cut.quorum.json', mimeType: 'application/json', buffer: Buffer.from(exported.text.slice(0, 2000)) });
    await eventually(async () => expect(await s.page.getByRole('alert').textContent()).toContain('Ce fichier est incomplet'));

    const wrong = JSON.parse(exported.text);
    wrong.plans[0].bundle.meetings[0].startDate = '2011-02-30';
    await openFile(s, { name: 'wrong.quorum.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
    await eventually(async () => {
      const message = await s.page.getByRole('alert').textContent();
      expect(message).toContain('« 2011-02-30 » n’est pas une date qui existe.');
      expect(message).toContain('plans[0].bundle.meetings[0].startDate');
    });
    expect(await dumpDatabase(s.page)).toBe(before);
  });
});
