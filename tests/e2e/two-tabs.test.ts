/*
 * Two tabs of one browser on a phone, editing the same meeting: each tab keeps its own
 * unsaved input (a reload restores that tab's, a duplicated tab gets none of it), and saving
 * a meeting the other tab saved in the meantime shows both versions and stores the one chosen.
 * An import whose preview the other tab made stale is refused and previewed again.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openSession, waitForScreen, PHONE, type Session } from './browser.ts';

const ID = 'mispa-iii/wg-2011-09-22';
const EDIT = '#/edit/meeting/' + encodeURIComponent(ID);

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const place = (page: Page) => page.getByLabel('Lieu').inputValue();
const storedPlace = (page: Page) =>
  page.evaluate(async (id) => {
    const request = indexedDB.open('quorum');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const get = db.transaction('meetings').objectStore('meetings').get(id);
    const meeting = await new Promise<{ place?: { text: string } }>((resolve) => (get.onsuccess = () => resolve(get.result)));
    db.close();
    return meeting.place?.text;
  }, ID);

describe('two tabs on the same form, on a phone', () => {
  it('keeps each tab’s input apart, and on a save over the other tab’s shows both and stores the choice', async () => {
    session = await openSession({ viewport: PHONE, organiser: true });
    const a = session.page;
    await goto(session, EDIT);
    const b = await session.context.newPage();
    await b.goto(new URL(EDIT, session.baseUrl).href);
    await waitForScreen(b);

    await a.getByLabel('Lieu').fill('Salle A');
    await b.getByLabel('Lieu').fill('Salle B');
    await a.reload();
    await waitForScreen(a);
    expect(await place(a)).toBe('Salle A');
    await expect(a.getByText('Saisie non enregistrée retrouvée').count()).resolves.toBe(1);
    await expect(a.getByText('Saisie non enregistrée d’une autre fenêtre').count()).resolves.toBe(0);
    expect(await place(b)).toBe('Salle B');

    // A tab opened from A copies its sessionStorage, as "duplicate tab" does: it takes a new id, and none of A's input.
    const [copy] = await Promise.all([session.context.waitForEvent('page'), a.evaluate((url) => void window.open(url), a.url())]);
    await waitForScreen(copy);
    expect(await place(copy)).toBe('');
    const ids = await Promise.all([a, copy].map((p) => p.evaluate(() => sessionStorage.getItem('quorum:tab'))));
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).not.toBe(ids[0]);
    await copy.close();

    await b.getByRole('button', { name: 'Enregistrer' }).click();
    await b.waitForURL(/#\/meeting\//);
    expect(await storedPlace(a)).toBe('Salle B');

    await a.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = a.getByRole('alert').filter({ hasText: 'Modifié entre-temps' });
    await eventually(async () => expect(await conflict.count()).toBe(1));
    await expect(conflict.getByText('Votre saisie').count()).resolves.toBe(1);
    await expect(conflict.getByText('Enregistré maintenant').count()).resolves.toBe(1);
    await expect(conflict.getByText('Salle A').count()).resolves.toBe(1);
    await expect(conflict.getByText('Salle B').count()).resolves.toBe(1);
    expect(a.url()).toContain('#/edit/meeting/');
    expect(await storedPlace(a)).toBe('Salle B');
    expect(await layoutProblems(a)).toEqual([]);
    expect(await axeViolations(a)).toEqual([]);

    await conflict.getByRole('button', { name: 'Garder ma saisie et l’enregistrer' }).click();
    await a.waitForURL(/#\/meeting\//);
    expect(await storedPlace(a)).toBe('Salle A');
    await b.waitForFunction(() => document.body.textContent?.includes('Salle A'));
  });

  it('refuses an Import after the other tab changed the plan since the preview, and previews again', async () => {
    session = await openSession({ viewport: PHONE, organiser: true });
    const a = session.page;
    await goto(session, '#/share');
    const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: 'Exporter le fichier' }).click()]);
    const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync((await download.path())!) };
    await goto(session, EDIT);
    await a.getByLabel('Heure de début').fill('10:00');
    await a.getByLabel('Heure de fin').fill('13:00');
    await a.getByRole('button', { name: 'Enregistrer' }).click();
    await a.waitForURL(/#\/meeting\//);
    await goto(session, '#/share');
    await a.getByLabel('Choisir un fichier').setInputFiles(file);
    await a.waitForURL(/#\/open$/);
    await a.getByRole('button', { name: 'Importer' }).waitFor();
    await expect(a.locator('main').getByText('Salle B').count()).resolves.toBe(0);

    const b = await session.context.newPage();
    await b.goto(new URL(EDIT, session.baseUrl).href);
    await waitForScreen(b);
    await b.getByLabel('Lieu').fill('Salle B');
    await b.getByRole('button', { name: 'Enregistrer' }).click();
    await b.waitForURL(/#\/meeting\//);

    await a.getByRole('button', { name: 'Importer' }).click();
    await eventually(async () => expect(await a.getByRole('alert').filter({ hasText: 'Ce plan a changé ici après le calcul de l’aperçu' }).count()).toBe(1));
    expect(a.url()).toMatch(/#\/open$/);
    expect(await storedPlace(a)).toBe('Salle B');
    // The new preview shows the other tab's change, among the user's edits the file would replace.
    await expect(a.getByRole('heading', { name: /Vos modifications seront remplacées/ }).count()).resolves.toBe(1);
    expect(await a.locator('main').getByText('Salle B').count()).toBeGreaterThan(0);
    expect(await layoutProblems(a)).toEqual([]);
    await a.getByRole('button', { name: 'Importer' }).click();
    await a.waitForURL(/#\/plan$/);
    expect(await storedPlace(a)).toBeUndefined();
  });

  it('takes the stored version when chosen, and offers the input of a closed tab instead of restoring it', async () => {
    session = await openSession({ viewport: PHONE, organiser: true });
    const a = session.page;
    await goto(session, EDIT);
    const b = await session.context.newPage();
    await b.goto(new URL(EDIT, session.baseUrl).href);
    await waitForScreen(b);
    await a.getByLabel('Lieu').fill('Salle A');
    await b.getByLabel('Lieu').fill('Salle B');
    await b.getByRole('button', { name: 'Enregistrer' }).click();
    await b.waitForURL(/#\/meeting\//);

    await a.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = a.getByRole('alert').filter({ hasText: 'Modifié entre-temps' });
    await eventually(async () => expect(await conflict.count()).toBe(1));
    await conflict.getByRole('button', { name: 'Prendre la version enregistrée' }).click();
    expect(await place(a)).toBe('Salle B');
    await expect(conflict.count()).resolves.toBe(0);

    // A tab with unsaved input closes: a tab opening the form later is offered it, not given it.
    await a.getByLabel('Lieu').fill('Salle C');
    await a.close({ runBeforeUnload: false });
    await eventually(async () => expect(await b.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('quorum:draft@')))).toBe(true));
    await b.evaluate(() => {
      // Time passes: the closed tab's record (left, or open if it had no time to say so) grows old.
      const mine = `quorum:tab:${sessionStorage.getItem('quorum:tab')}`;
      for (const key of Object.keys(localStorage).filter((k) => k.startsWith('quorum:tab:') && k !== mine)) {
        const record = JSON.parse(localStorage.getItem(key)!);
        localStorage.setItem(key, JSON.stringify({ ...record, at: record.at - 200_000 }));
      }
    });
    await b.goto(new URL(EDIT, session.baseUrl).href);
    await waitForScreen(b);
    expect(await place(b)).toBe('Salle B');
    const offer = b.getByRole('region', { name: 'Saisie non enregistrée d’une autre fenêtre' });
    await expect(offer.getByText('Salle C').count()).resolves.toBe(1);
    expect(await layoutProblems(b)).toEqual([]);
    await offer.getByRole('button', { name: 'Reprendre cette saisie' }).click();
    expect(await place(b)).toBe('Salle C');
    await expect(offer.count()).resolves.toBe(0);
  });
});
