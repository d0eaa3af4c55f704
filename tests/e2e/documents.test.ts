/*
 * The documents in your pocket (issue 17), end to end on a 360 px phone with the built app and
 * its service worker:
 * - an organiser attaches a French and an English PDF to CP/RES. 934 (1644/08), goes offline, and
 *   opens each from the symbol in the plan's text: French on a French device, English on the same
 *   phone set to English; the worker serves each with its type, `inline` and the bytes attached;
 * - the site published with its documents (the .zip, unpacked on nginx) is followed from a
 *   second profile with "Keep the documents offline": the space first, then the download; offline,
 *   the texts open; one text changed and published again, only that file is downloaded again
 *   (nginx's log), and the old one is gone from the device; the texts are in no cache of the worker;
 * - a 50 MB set: downloaded with its progress, then its space shown; on a phone whose disk is
 *   nearly full (its profile on a 40 MB tmpfs), the plain message (no room, or the disk filled by
 *   the write, rolled back whole) and nothing stored.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Nginx } from '../../scripts/nginx.mjs';
import { axeViolations, eventually, goto, layoutProblems, openSession, waitForScreen, waitForServiceWorker, type Session } from './browser.ts';
import { LINK, load as loadAt, serveApp } from './site-helpers.ts';

const DOC = 'mispa-iii/doc-cp-res-934';
const SYMBOL = 'CP/RES. 934 (1644/08)';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A small real PDF whose page says `text`, padded to `size` bytes. */
function pdf(text: string, size = 0): Buffer {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\n`;
  return Buffer.from(`${body}${' '.repeat(Math.max(0, size - body.length - 6))}%%EOF\n`);
}

const FR = pdf('Résolution CP/RES. 934, texte français');
const EN = pdf('Resolution CP/RES. 934, English text');

const sessions: Session[] = [];
const cleanups: (() => Promise<void>)[] = [];
let work: string | undefined;
let nginx: Nginx | undefined;

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  for (const cleanup of cleanups) await cleanup();
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(options: Parameters<typeof openSession>[0] = {}): Promise<Session> {
  const session = await openSession(options);
  sessions.push(session);
  return session;
}

/** Attaches `bytes` as the text in `language` (its name in the list) of the document, through its form. */
async function attach(s: Session, name: string, bytes: Buffer, language: string): Promise<void> {
  const { page } = s;
  await page.locator('#text-file').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await page.locator('#text-language').selectOption({ label: language });
  await page.getByRole('button', { name: 'Joindre' }).click();
  await eventually(async () => expect(await page.locator('.texts li', { hasText: name }).count()).toBe(1), 15_000);
}

/** What the page gets for a link's address (through its service worker): status, the headers that matter, and the bytes' hash. */
function fetchInPage(s: Session, href: string) {
  return s.page.evaluate(async (url) => {
    const response = await fetch(url);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.arrayBuffer()));
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      nosniff: response.headers.get('x-content-type-options'),
      hash: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''),
    };
  }, href);
}

/** How many texts the device holds (its database, read as it is). */
function storedTexts(s: Session): Promise<number> {
  return s.page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('quorum');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('documentFiles').objectStore('documentFiles').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );
}

/** A delegate's browser (its profile in `userDataDir` if given) that follows the plan on `base` and shows its documents. */
async function followAt(base: string, userDataDir?: string): Promise<Session> {
  const s = await open({ baseUrl: base, ...(userDataDir ? { userDataDir } : {}) });
  await loadAt(s.page, base, LINK);
  await s.page.getByRole('button', { name: 'Importer' }).click();
  await s.page.waitForURL(/#\/plan$/);
  await loadAt(s.page, base, '#/documents');
  await s.page.getByRole('region', { name: 'Documents hors ligne' }).waitFor();
  return s;
}

/** Publishes the site as a .zip from the Share screen and unpacks it into nginx's folder, as a secretariat does. */
async function publishSite(s: Session, server: Nginx): Promise<void> {
  const { page } = s;
  await goto(s, '#/share');
  const region = page.getByRole('region', { name: 'Publier le plan' });
  const name = page.getByLabel('Publié par (le nom que verront les délégués)');
  if (!(await name.inputValue())) await name.fill('Secrétariat de la CIDI');
  const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Télécharger le site (.zip)' }).click()]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  for (const [path, bytes] of Object.entries(files)) {
    const target = join(server.root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

/** A text with the no-break spaces numbers and units are written with ("50 Mo") as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

/** The symbol's link in the plan's text. */
const symbolLink = (s: Session) => s.page.locator('main a.symbol', { hasText: SYMBOL }).first();

describe('documents offline', () => {
  it('attached in French and English, each opens offline from the symbol, in the device’s language', { timeout: 180_000 }, async () => {
    const profile = mkdtempSync(join(tmpdir(), 'quorum-documents-profile-'));
    cleanups.push(async () => rmSync(profile, { recursive: true, force: true }));
    const s = await open({ organiser: true, userDataDir: profile });
    const { page } = s;
    await goto(s, '#/plans');
    await waitForServiceWorker(s);
    await goto(s, `#/edit/document/${encodeURIComponent(DOC)}`);
    // A file the browser would run is refused, with the reason, and nothing is stored.
    await page
      .locator('#text-file')
      .setInputFiles({ name: 'resolution.html', mimeType: 'text/html', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await page.getByRole('button', { name: 'Joindre' }).click();
    await eventually(async () => expect(await page.getByRole('alert').textContent()).toContain('ne sont pas acceptés'));
    expect(await storedTexts(s)).toBe(0);
    expect(await page.locator('.texts li').count()).toBe(0);
    await attach(s, 'CP-RES-934-fr.pdf', FR, 'français');
    await attach(s, 'CP-RES-934-en.pdf', EN, 'anglais');
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);

    await s.context.setOffline(true);
    await goto(s, '#/plan');
    const link = symbolLink(s);
    const frHref = (await link.getAttribute('href'))!;
    expect(frHref).toBe(`offline-documents/${sha(FR)}/CP-RES-934-fr.pdf`);
    expect(await fetchInPage(s, frHref)).toEqual({
      status: 200,
      type: 'application/pdf',
      disposition: `inline; filename="CP-RES-934-fr.pdf"; filename*=UTF-8''CP-RES-934-fr.pdf`,
      nosniff: 'nosniff',
      hash: sha(FR),
    });
    // A tap opens it in a tab of its own, answered by the worker, offline.
    const [tab] = await Promise.all([s.context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState('domcontentloaded').catch(() => undefined);
    expect(tab.url()).toBe(new URL(frHref, s.baseUrl).href);
    await tab.close();

    // The same phone set to English (its profile opened again with an English device), offline: the symbol opens the English text.
    await s.close();
    const english = await open({ userDataDir: profile, locale: 'en-US' });
    await english.context.setOffline(true);
    await goto(english, '#/plan');
    await eventually(async () => expect(await symbolLink(english).getAttribute('href')).toBe(`offline-documents/${sha(EN)}/CP-RES-934-en.pdf`));
    expect((await fetchInPage(english, (await symbolLink(english).getAttribute('href'))!)).hash).toBe(sha(EN));
    await goto(english, '#/documents');
    const entry = english.page.locator(`article[id="${DOC}"]`);
    expect(await entry.textContent()).toContain('English · PDF');
    expect(await entry.getByText('On this device').count()).toBe(2);
    expect(await axeViolations(english.page)).toEqual([]);
    expect(await layoutProblems(english.page)).toEqual([]);
  });

  it('published with the plan, kept offline by a follower, and only a changed text downloaded again', { timeout: 240_000 }, async () => {
    ({ work, nginx } = await serveApp('quorum-documents-'));
    const base = nginx.url;
    const organiser = await open({ organiser: true, baseUrl: base });
    await goto(organiser, `#/edit/document/${encodeURIComponent(DOC)}`);
    await attach(organiser, 'CP-RES-934-fr.pdf', FR, 'français');
    await attach(organiser, 'CP-RES-934-en.pdf', EN, 'anglais');
    await publishSite(organiser, nginx);

    const delegate = await open({ baseUrl: base });
    const { page } = delegate;
    await loadAt(page, base, LINK);
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.waitForURL(/#\/plan$/);
    await waitForServiceWorker(delegate);
    await loadAt(page, base, '#/documents');
    const card = page.getByRole('region', { name: 'Documents hors ligne' });
    await eventually(async () => expect(await card.textContent()).toContain('0 texte sur 2 sur cet appareil'));
    await card.getByRole('button', { name: 'Garder les documents hors ligne' }).click();
    // The space first: what will be downloaded, and what the device has.
    await eventually(async () => expect(await card.textContent()).toMatch(/2 fichiers à télécharger, .*\. Espace libre sur cet appareil : /));
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await card.getByRole('button', { name: 'Télécharger' }).click();
    await eventually(async () => expect(await card.getByRole('status').textContent()).toMatch(/^2 textes téléchargés/), 20_000);
    await eventually(async () => expect(await card.textContent()).toContain('Gardés hors ligne'));
    const documentGets = () => nginx!.log().filter((line) => /^GET \/plans\/mispa-iii\/documents\//.test(line));
    expect(
      documentGets()
        .map((line) => line.split(' ').slice(0, 3).join(' '))
        .sort(),
    ).toEqual([`GET /plans/mispa-iii/documents/${sha(FR)}.pdf 200`, `GET /plans/mispa-iii/documents/${sha(EN)}.pdf 200`].sort());

    // Offline, on a new start: both open, served by the worker from the device.
    await delegate.context.setOffline(true);
    await page.reload();
    await waitForScreen(page);
    const entry = page.locator(`article[id="${DOC}"]`);
    expect(await entry.getByText('Sur cet appareil').count()).toBe(2);
    const frLink = entry.getByRole('link', { name: `Ouvrir ${SYMBOL} en français` });
    expect((await fetchInPage(delegate, (await frLink.getAttribute('href'))!)).hash).toBe(sha(FR));
    await loadAt(page, base, '#/plan').catch(() => undefined);
    await eventually(async () => expect(await symbolLink(delegate).getAttribute('href')).toBe(`offline-documents/${sha(FR)}/CP-RES-934-fr.pdf`));
    // Never in a cache of the worker: the texts are the user's data, in the database only.
    expect(
      await page.evaluate(async () =>
        (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url))))
          .flat()
          .filter((url) => /\/(offline-)?documents\//.test(url)),
      ),
    ).toEqual([]);
    await delegate.context.setOffline(false);

    // The secretariat replaces the French text and publishes again.
    const FR2 = pdf('Résolution CP/RES. 934, texte révisé');
    await goto(organiser, `#/edit/document/${encodeURIComponent(DOC)}`);
    await attach(organiser, 'CP-RES-934-fr-rev.pdf', FR2, 'français');
    await publishSite(organiser, nginx);
    const before = documentGets().length;
    await loadAt(page, base, '#/');
    const status = page.getByRole('region', { name: 'Suivi du plan' });
    await eventually(async () => expect(await status.textContent()).toContain('Mis à jour par le secrétariat : 1 modification'), 20_000);
    await status.getByRole('link', { name: 'Voir et appliquer' }).click();
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.waitForURL(/#\/plan$/);
    // To the documents screen in the app (a reload would cut short a download under way, and it would start again).
    await page.evaluate(() => (location.hash = '#/documents'));
    await waitForScreen(page);
    // The new French text is on the device once its Open link points at it (the screen may first show the plan as it was).
    await eventually(async () => expect(await page.locator(`article[id="${DOC}"] a[href^="offline-documents/${sha(FR2)}/"]`).count()).toBe(1), 30_000);
    expect(await page.locator(`article[id="${DOC}"]`).getByText('Sur cet appareil').count()).toBe(2);
    await eventually(() =>
      expect(
        documentGets()
          .slice(before)
          .map((line) => line.split(' ').slice(0, 3).join(' ')),
      ).toEqual([`GET /plans/mispa-iii/documents/${sha(FR2)}.pdf 200`]),
    );
    expect(await storedTexts(delegate)).toBe(2);

    // One text removed from the device: its space told, keeping stops, and it is not fetched again.
    const fetched = documentGets().length;
    await page
      .locator(`article[id="${DOC}"]`)
      .getByRole('button', { name: `Retirer de cet appareil le texte anglais de ${SYMBOL}` })
      .click();
    await eventually(async () => expect(plain(await page.locator('body').textContent())).toContain('Les documents de ce plan ne sont plus gardés hors ligne.'));
    await eventually(async () => expect(await storedTexts(delegate)).toBe(1));
    await eventually(async () => expect(await page.locator(`article[id="${DOC}"]`).getByText('Pas sur cet appareil').count()).toBe(1));
    expect(await card.getByRole('button', { name: 'Garder les documents hors ligne' }).count()).toBe(1);
    expect(documentGets().length).toBe(fetched);
    expect(delegate.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it(
    'a 50 MB set: downloaded with its progress and its space shown; on a nearly full disk, the plain message and nothing stored',
    { timeout: 300_000 },
    async () => {
      const served = await serveApp('quorum-documents-50-');
      cleanups.push(async () => {
        await served.nginx.stop();
        rmSync(served.work, { recursive: true, force: true });
      });
      const base = served.nginx.url;
      const organiser = await open({ organiser: true, baseUrl: base });
      const docs = [
        'mispa-iii/doc-cp-res-934',
        'mispa-iii/doc-mispa-doc-7-08',
        'mispa-iii/doc-mispa-ii-doc-8-09',
        'mispa-iii/doc-ag-res-2692',
        'mispa-iii/doc-ag-res-2629',
      ];
      for (const [i, id] of docs.entries()) {
        await goto(organiser, `#/edit/document/${encodeURIComponent(id)}`);
        await attach(organiser, `rapport-${i + 1}.pdf`, pdf(`Rapport ${i + 1}`, 10_000_000), 'français');
      }
      await publishSite(organiser, served.nginx);

      await organiser.close();

      // A delegate's phone with room: the download shows its progress, file by file, then the space the texts take.
      const delegate = await followAt(base);
      const { page } = delegate;
      const card = page.getByRole('region', { name: 'Documents hors ligne' });
      await page.evaluate(() => {
        const seen = new Set<string>();
        Object.defineProperty(window, '__seen', { value: seen });
        new MutationObserver(() =>
          document
            .querySelectorAll('.keep p, .keep progress')
            .forEach((el) => seen.add(el instanceof HTMLProgressElement ? `bar ${el.value}/${el.max}` : el.textContent!.trim())),
        ).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await card.getByRole('button', { name: 'Garder les documents hors ligne' }).click();
      await eventually(async () => expect(plain(await card.textContent())).toMatch(/5 fichiers à télécharger, 50 Mo\. Espace libre sur cet appareil : \d/));
      await card.getByRole('button', { name: 'Télécharger' }).click();
      await eventually(async () => expect(plain(await card.getByRole('status').textContent())).toBe('5 textes téléchargés (50 Mo).'), 60_000);
      const seen = await page.evaluate(() => [...(window as unknown as { __seen: Set<string> }).__seen]);
      const steps = seen.map(plain).filter((text) => /^\d fichiers? reçus? sur 5 · /.test(text));
      expect(steps.length, seen.join('\n')).toBeGreaterThanOrEqual(3);
      expect(steps).toContain('0 fichier reçu sur 5 · 0 ko sur 50 Mo');
      expect(seen.some((text) => text.startsWith('bar '))).toBe(true);
      await eventually(async () => expect(plain(await card.textContent())).toContain('5 textes sur 5 sur cet appareil (50 Mo).'));
      expect(await storedTexts(delegate)).toBe(5);
      expect(await axeViolations(page)).toEqual([]);
      expect(await layoutProblems(page)).toEqual([]);
      await delegate.close();

      // A phone whose disk is nearly full (its profile on a 40 MB file system, for real): the plain message, and nothing stored.
      const small = mkdtempSync(join(tmpdir(), 'quorum-small-disk-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=40m', 'tmpfs', small], { stdio: 'pipe' });
      cleanups.push(async () => {
        execFileSync('umount', [small], { stdio: 'pipe' });
        rmSync(small, { recursive: true, force: true });
      });
      const full = await followAt(base, small);
      const fullCard = full.page.getByRole('region', { name: 'Documents hors ligne' });
      await fullCard.getByRole('button', { name: 'Garder les documents hors ligne' }).click();
      await eventually(async () => expect(plain(await fullCard.textContent())).toMatch(/5 fichiers à télécharger, 50 Mo\. Espace libre sur cet appareil : \d/));
      await fullCard.getByRole('button', { name: 'Télécharger' }).click();
      // Chromium's estimate on this disk decides which: refused before a byte is fetched when it
      // says there is no room, else the write that fills the disk fails and is rolled back whole.
      await eventually(
        async () =>
          expect(plain(await fullCard.getByRole('status').textContent())).toMatch(
            /^(Pas assez de place sur cet appareil : il faut 50 Mo, il reste .+\. Rien n’a été enregistré\.|L’appareil est plein : rien n’a été enregistré\. Libérez de l’espace, puis réessayez\.)$/,
          ),
        60_000,
      );
      expect(await storedTexts(full)).toBe(0);
      expect(plain(await fullCard.textContent())).toContain('0 texte sur 5 sur cet appareil');
      expect(await axeViolations(full.page)).toEqual([]);
      expect(await layoutProblems(full.page)).toEqual([]);
    },
  );
});
