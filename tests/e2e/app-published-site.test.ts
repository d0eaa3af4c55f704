/*
 * Publish from one browser profile, follow from another (issue 15), on nginx: the
 * secretariat's browser (organiser mode) publishes the plan's site as a .zip, signed with the
 * key it made; the site is unpacked beside the app on the server; a delegate's browser follows
 * the plan from its link and sees "published by … · verified". The secretariat moves a
 * meeting in the app and publishes again: the delegate's app finds the update, verified by the
 * key its first follow pinned.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Nginx } from '../../scripts/nginx.mjs';
import { eventually, openSession, waitForScreen, type Session } from './browser.ts';
import { LINK, load, MOVED, serveApp } from './site-helpers.ts';

let work: string;
let nginx: Nginx;
const sessions: Session[] = [];

beforeAll(async () => {
  ({ work, nginx } = await serveApp('quorum-app-site-'));
});

afterAll(async () => {
  for (const s of sessions) await s.close();
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The secretariat's Publish: the .zip downloaded, then unpacked into the server's folder (the upload). */
async function publishAndUpload(secretariat: Session): Promise<void> {
  const { page } = secretariat;
  await load(page, nginx.url, '#/share');
  const region = page.getByRole('region', { name: 'Publier le plan' });
  await region.getByLabel('Adresse de l’application pour les délégués').fill(nginx.url);
  await region.getByLabel('Publié par (le nom que verront les délégués)').fill('Secrétariat de la CIDI');
  const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Télécharger le site (.zip)' }).click()]);
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(await download.path()))))) {
    const target = join(nginx.root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

describe('a plan published from the app', () => {
  it('is followed from another browser, verified, and so is its next version', { timeout: 180_000 }, async () => {
    const secretariat = await openSession({ baseUrl: nginx.url, organiser: true });
    sessions.push(secretariat);
    await publishAndUpload(secretariat);
    expect(JSON.parse(readFileSync(join(nginx.root, 'index.json'), 'utf8')).publisher).toMatchObject({ name: 'Secrétariat de la CIDI' });

    const delegate = await openSession({ baseUrl: nginx.url });
    sessions.push(delegate);
    await load(delegate.page, nginx.url, LINK);
    await eventually(async () => expect(await delegate.page.getByText('Fichier : plan.quorum.json').count()).toBe(1), 15_000);
    await expect(delegate.page.getByText(/^Signé par Secrétariat de la CIDI \(clé /).count()).resolves.toBe(1);
    await delegate.page.getByRole('button', { name: 'Importer' }).click();
    await delegate.page.waitForURL(/#\/plan$/);
    await load(delegate.page, nginx.url, '#/');
    const status = delegate.page.getByRole('region', { name: 'Suivi du plan' });
    await eventually(async () => expect(await status.textContent()).toContain('Publié par Secrétariat de la CIDI · vérifié'));

    // The secretariat moves the meeting of 22 September to the 23rd, in the app, and publishes again.
    await load(secretariat.page, nginx.url, '#/edit/meeting/' + encodeURIComponent(MOVED));
    await secretariat.page.getByLabel('Date (premier jour)').fill('2011-09-23');
    await secretariat.page.getByRole('button', { name: 'Enregistrer' }).click();
    await secretariat.page.waitForURL(/#\/meeting\//);
    await waitForScreen(secretariat.page);
    await publishAndUpload(secretariat);

    await load(delegate.page, nginx.url, '#/');
    await eventually(async () => expect(await status.textContent()).toContain('Mis à jour par le secrétariat : 1 modification'), 20_000);
    expect(await status.textContent()).not.toContain('non vérifiée');
    await status.getByRole('link', { name: 'Voir et appliquer' }).click();
    await eventually(async () => expect(await delegate.page.getByText('Publié par Secrétariat de la CIDI · vérifié').count()).toBe(1), 15_000);
    expect(secretariat.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });
});
