/*
 * The browser deletes the app's IndexedDB database (eviction, or "clear site data" for some
 * storages only): at the next start the app says the device's data was deleted, with the last
 * change and the last backup it knew of, labels the re-seeded plan as the built-in default,
 * and offers to open the backup; acknowledged, it is not said again. A first visit says nothing.
 * The deletion is Chromium's own (DevTools Storage.clearDataForOrigin), not a script's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openSession, organiserMode, waitForScreen, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const NOW = '2011-09-15T14:00:00Z'; // a meeting day: the first screen offers one-tap outcomes

const notice = (s: Session) => s.page.getByRole('alert').filter({ has: s.page.getByRole('heading', { name: 'Des données de cet appareil ont été effacées' }) });

/** A used device: one change (an outcome recorded), then a backup file exported. Returns the file's name. */
async function useTheApp(s: Session): Promise<string> {
  const { page } = s;
  await organiserMode(s);
  await goto(s, '#/');
  expect(await notice(s).count()).toBe(0);
  await page.getByRole('group', { name: 'Résultat du point 1' }).getByRole('button', { name: 'Décidé' }).click();
  await eventually(async () =>
    expect(await page.getByRole('group', { name: 'Résultat du point 1' }).getByRole('button', { name: 'Décidé' }).getAttribute('aria-pressed')).toBe('true'),
  );
  await goto(s, '#/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le fichier' }).click()]);
  await eventually(async () => expect(await page.getByText(`Fichier ${download.suggestedFilename()} téléchargé.`).count()).toBe(1));
  return download.suggestedFilename();
}

/** What "clear site data" for only some storages does, by Chromium itself. */
async function clearStorage(s: Session, storageTypes: string): Promise<void> {
  const cdp = await s.context.newCDPSession(s.page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(s.baseUrl).origin, storageTypes });
  await cdp.detach();
}

async function reload(s: Session): Promise<void> {
  await s.page.reload();
  await waitForScreen(s.page);
}

describe('data deleted by the browser', () => {
  it('is named at the next start, with the last change and backup, until acknowledged', async () => {
    session = await openSession({ now: NOW });
    const fileName = await useTheApp(session);
    await goto(session, '#/');
    await clearStorage(session, 'indexeddb');
    await reload(session);

    const shown = notice(session);
    await eventually(async () => expect(await shown.count()).toBe(1));
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain('supprimées par le navigateur ou par un effacement des données du site');
    expect(text).toContain('Dernière modification connue : 15 septembre 2011');
    expect(text).toContain(`Dernière sauvegarde : ${fileName}, le 15 septembre 2011`);
    expect(text).toContain('le plan par défaut intégré à l’application, pas le vôtre');
    // The default plan is back, without the change: the outcome is not recorded. (The plan
    // put back opens in reading mode: the outcome buttons are organiser mode's.)
    await organiserMode(session);
    await goto(session, '#/');
    await expect(
      session.page.getByRole('group', { name: 'Résultat du point 1' }).getByRole('button', { name: 'Décidé' }).getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    expect(await axeViolations(session.page)).toEqual([]);
    expect(await layoutProblems(session.page)).toEqual([]);

    // Still said after a reload, and on another screen; "Ouvrir une sauvegarde" opens the file screen.
    await reload(session);
    await eventually(async () => expect(await notice(session!).count()).toBe(1));
    await shown.getByRole('link', { name: 'Ouvrir une sauvegarde' }).click();
    await session.page.waitForURL(/#\/open$/);
    await waitForScreen(session.page);
    expect(await notice(session).count()).toBe(1);

    await shown.getByRole('button', { name: 'J’ai compris' }).click();
    await eventually(async () => expect(await notice(session!).count()).toBe(0));
    await reload(session);
    await goto(session, '#/');
    expect(await notice(session).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('is named from Cache Storage when localStorage was cleared with the database', async () => {
    session = await openSession({ now: NOW, locale: 'es-ES', organiser: true });
    await goto(session, '#/');
    await session.page.getByRole('group', { name: 'Resultado del punto 1' }).getByRole('button', { name: 'Decidido' }).click();
    await eventually(async () => expect(await session!.page.evaluate(() => localStorage.getItem('quorum:data-marker') ?? '')).toContain('lastChangeAt'));
    await clearStorage(session, 'indexeddb,local_storage');
    expect(await session.page.evaluate(() => localStorage.getItem('quorum:data-marker'))).toBeNull();
    await reload(session);
    const shown = session.page.getByRole('alert').filter({ has: session.page.getByRole('heading', { name: 'Se borraron datos de este dispositivo' }) });
    await eventually(async () => expect(await shown.count()).toBe(1));
    expect(await shown.textContent()).toContain('No se conoce ninguna copia de seguridad hecha desde este dispositivo.');
  });

  it('is not named on a first visit, nor when the deleted data was the unchanged default plan', async () => {
    session = await openSession({ now: NOW });
    await goto(session, '#/');
    expect(await notice(session).count()).toBe(0);
    await eventually(async () => expect(await session!.page.evaluate(() => localStorage.getItem('quorum:data-marker'))).not.toBeNull());
    await clearStorage(session, 'indexeddb');
    await reload(session);
    expect(await notice(session).count()).toBe(0);
  });

  it('leaves no error from the work an open page does in the background while its database is deleted', async () => {
    session = await openSession({ now: NOW });
    await goto(session, '#/');
    // The background work has started (the followed plans' checker, loaded once the overview is shown).
    await eventually(async () => expect(session!.requests.some((url) => /\/following-[\w-]+\.js$/.test(url))).toBe(true));
    await clearStorage(session, 'indexeddb');
    // What wakes that work: the network back, the page shown again.
    await session.page.evaluate(() => {
      dispatchEvent(new Event('online'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await goto(session, '#/calendar');
    await goto(session, '#/');
    expect(session.errors).toEqual([]);
  });
});
