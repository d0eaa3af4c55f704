/*
 * Publishing from the built app (issue 15): in organiser mode the share screen builds the
 * plan's site, as a .zip (unpacked here and read back: the plan file is the plan, with none of
 * the user's marks, signed by the publisher named with a key the browser made and will not let
 * out; the feed holds every meeting) or written into a folder (again: the signed file unchanged), here the page's
 * own private folder (OPFS) standing in for the folder picker, which headless Chromium cannot
 * show. A folder holding another site's index.json is refused with nothing written. In reading
 * mode there is no Publish at all. Offline: the publishing chunk is precached.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { shortThumbprint } from '../../src/lib/domain/trust.ts';
import { checkSignature } from '../../src/lib/plan-files/signature.ts';
import { axeViolations, DESKTOP, eventually, goto, layoutProblems, openSession, waitForServiceWorker, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const publishRegion = (s: Session) => s.page.getByRole('region', { name: 'Publier le plan' });

/** The folder picker answers with the page's private folder (OPFS), emptied first. */
async function pickerGivesPrivateFolder(s: Session): Promise<void> {
  await s.context.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: async () => navigator.storage.getDirectory() });
  });
}

/** Every file of the page's private folder, by path, as text. */
function privateFiles(s: Session): Promise<Record<string, string>> {
  return s.page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'file') out[prefix + name] = await (await (handle as FileSystemFileHandle).getFile()).text();
        else await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return out;
  });
}

describe('publishing a plan', () => {
  it('downloads the site as a zip, offline, in organiser mode: the plan file without marks, the feed with every meeting', async () => {
    session = await openSession({ organiser: true });
    const { page } = session;
    // A mark of the user's own, which must not travel.
    await goto(session, '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-15'));
    await page
      .getByRole('button', { name: /^Mon agenda/ })
      .first()
      .click();
    await waitForServiceWorker(session);
    await session.context.setOffline(true);
    await goto(session, '#/share');
    await expect(publishRegion(session).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    // Who publishes: asked before anything is built, and signed with a key made on this device.
    await page.getByRole('button', { name: 'Télécharger le site (.zip)' }).click();
    await eventually(async () =>
      expect(await publishRegion(session!).getByRole('status').textContent()).toBe(
        'Indiquez le nom que verront les délégués, par exemple celui du secrétariat.',
      ),
    );
    const name = page.getByLabel('Publié par (le nom que verront les délégués)');
    await expect(name.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await name.fill('Secrétariat de la CIDI');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le site (.zip)' }).click()]);
    expect(download.suggestedFilename()).toBe('MISPA-III-site.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const text = (path: string) => new TextDecoder().decode(files[path]);
    expect(Object.keys(files)).toContain('index.json');
    const plan = JSON.parse(text('plans/mispa-iii/plan.quorum.json')) as { plans: { bundle: { meetings: unknown[] } }[] };
    expect(plan.plans[0]!.bundle.meetings).toHaveLength(10);
    expect(text('plans/mispa-iii/plan.quorum.json')).not.toMatch(/"(marks|notes)"/);
    const signature = await checkSignature(plan);
    expect(signature).toMatchObject({ status: 'signed', name: 'Secrétariat de la CIDI' });
    expect(JSON.parse(text('index.json')).publisher).toMatchObject({
      name: 'Secrétariat de la CIDI',
      thumbprint: (signature as { thumbprint: string }).thumbprint,
    });
    // The private key is in the device's database, and the browser refuses to let anyone read it out.
    const stored = await page.evaluate(
      () =>
        new Promise<{ extractable: boolean; exported: string }>((resolve, reject) => {
          const open = indexedDB.open('quorum');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('publisher');
            get.onsuccess = async () => {
              const key = (get.result as { value: { privateKey: CryptoKey } }).value.privateKey;
              const exported = await crypto.subtle.exportKey('jwk', key).then(
                () => 'exported',
                (error: Error) => error.name,
              );
              open.result.close();
              resolve({ extractable: key.extractable, exported });
            };
          };
        }),
    );
    expect(stored).toEqual({ extractable: false, exported: 'InvalidAccessError' });
    await expect(publishRegion(session).textContent()).resolves.toContain(
      `Clé de cet appareil : ${shortThumbprint((signature as { thumbprint: string }).thumbprint)}.`,
    );
    const feed = text('plans/mispa-iii/calendar.ics');
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(feed).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    // Each meeting links to its page in this app.
    expect(feed).toContain(`URL;VALUE=URI:${session.baseUrl}#/meeting/`);
    await eventually(async () =>
      expect(await publishRegion(session!).getByRole('status').textContent()).toContain('MISPA-III-site.zip est téléchargé : 13 fichiers.'),
    );
    // The link delegates open: the app, with the plan file beside it, also as a QR code.
    const link = publishRegion(session).getByLabel('Lien à donner aux délégués : il ouvre le plan et propose de le suivre.');
    await expect(link.inputValue()).resolves.toBe(`${session.baseUrl}#/open?url=plans%2Fmispa-iii%2Fplan.quorum.json`);
    await publishRegion(session).getByRole('button', { name: 'Afficher le QR code' }).click();
    await expect(page.locator('dialog[open] .link').textContent()).resolves.toBe(`${session.baseUrl}#/open?url=plans%2Fmispa-iii%2Fplan.quorum.json`);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('writes the site into a picked folder, and refuses a folder holding another site’s index.json with nothing written', async () => {
    session = await openSession({ organiser: true, viewport: DESKTOP });
    await pickerGivesPrivateFolder(session);
    const { page } = session;
    await goto(session, '#/share');
    await page.getByLabel('Publié par (le nom que verront les délégués)').fill('CIDI');
    await page.getByRole('button', { name: 'Écrire dans un dossier…' }).click();
    await eventually(async () =>
      expect(await publishRegion(session!).getByRole('status').textContent()).toMatch(/Le site est écrit dans le dossier « .* » : 13 fichiers\./),
    );
    const written = await privateFiles(session);
    // Published again unchanged: the signed plan file keeps its bytes (a new signature would differ).
    await page.getByRole('button', { name: 'Écrire dans un dossier…' }).click();
    await eventually(async () => expect((await privateFiles(session!))['index.json']).not.toBe(written['index.json']));
    const again = await privateFiles(session);
    expect(again['plans/mispa-iii/plan.quorum.json']).toBe(written['plans/mispa-iii/plan.quorum.json']);
    expect(JSON.parse(again['plans/mispa-iii/plan.quorum.json']!).signature.publisher).toBe('CIDI');
    expect(Object.keys(written).sort()).toEqual(
      expect.arrayContaining(['index.json', 'plans/mispa-iii/calendar.ics', 'plans/mispa-iii/plan.quorum.json', 'plans/mispa-iii/meetings/wg-2011-09-15.ics']),
    );
    expect(JSON.parse(written['index.json']!)).toMatchObject({ format: 'quorum-site', plans: [{ id: 'mispa-iii', meetings: 10 }] });

    // Someone else's site in that folder: nothing of it is touched.
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) await root.removeEntry(name, { recursive: true });
      const writable = await (await root.getFileHandle('index.json', { create: true })).createWritable();
      await writable.write('{"site": "another tool"}');
      await writable.close();
    });
    await page.getByRole('button', { name: 'Écrire dans un dossier…' }).click();
    await eventually(async () =>
      expect(await publishRegion(session!).getByRole('status').textContent()).toBe(
        'Le fichier index.json de ce dossier n’est pas l’index d’un site Quorum. Rien n’a été écrit : choisissez un dossier vide ou celui d’un site Quorum.',
      ),
    );
    expect(await privateFiles(session)).toEqual({ 'index.json': '{"site": "another tool"}' });
    expect(session.errors).toEqual([]);
  });

  it('checks the app’s address before building anything', async () => {
    session = await openSession({ organiser: true });
    const { page } = session;
    await goto(session, '#/share');
    const field = page.getByLabel('Adresse de l’application pour les délégués');
    await field.fill('ftp://example.org');
    await page.getByRole('button', { name: 'Télécharger le site (.zip)' }).click();
    await eventually(async () =>
      expect(await publishRegion(session!).getByRole('status').textContent()).toBe(
        'Saisissez une adresse http ou https, par exemple https://exemple.org/quorum/.',
      ),
    );
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
  });

  it('is not offered in reading mode', async () => {
    session = await openSession();
    await goto(session, '#/share');
    await expect(session.page.getByRole('heading', { name: 'Partager et sauvegarder' }).count()).resolves.toBe(1);
    await expect(publishRegion(session).count()).resolves.toBe(0);
  });
});
