/*
 * Two organisers editing one plan through a WebDAV folder (issue 16), against Debian's apache2
 * with mod_dav (scripts/apache.mjs): Alice and Bruno, each in a browser profile of their own
 * signed in with Basic auth, connect the plan to /dav/ on the app's origin. Bruno edits offline
 * ("1 change waiting to publish") and his publish goes out by itself when he is back online,
 * merged with what Alice published meanwhile, without a question. Then both change the same
 * field: Bruno is shown both values beside the one they started from, chooses his, and the file
 * in the folder ends with every edit of both sides. On a 360 px phone, with axe.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApache, type Apache } from '../../scripts/apache.mjs';
import { axeViolations, eventually, goto, layoutProblems, openSession, waitForServiceWorker, type Session } from './browser.ts';

let apache: Apache;
let root: string;
const sessions: Session[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'quorum-shared-e2e-'));
  chmodSync(root, 0o755);
  cpSync('dist', join(root, 'www'), { recursive: true });
  apache = await startApache(join(root, 'www'), { users: { alice: 'pw-alice', bruno: 'pw-bruno' } });
});

afterAll(async () => {
  for (const s of sessions) await s.close();
  await apache?.stop();
  rmSync(root, { recursive: true, force: true });
});

const FIRST = 'mispa-iii/wg-2011-09-15';
const SECOND = 'mispa-iii/wg-2011-09-22';
const PLAN_FILE = 'plans/mispa-iii/plan.quorum.json';

async function organiser(user: string): Promise<Session> {
  const session = await openSession({ organiser: true, baseUrl: apache.url, httpCredentials: { username: user, password: `pw-${user}` } });
  sessions.push(session);
  await goto(session, '#/');
  await waitForServiceWorker(session);
  return session;
}

const sharedRegion = (s: Session) => s.page.getByRole('region', { name: 'Dossier partagé (WebDAV)' });
const status = (s: Session) => sharedRegion(s).getByRole('status');

async function connect(s: Session, publisher: string): Promise<void> {
  await goto(s, '#/share');
  await s.page.getByLabel('Publié par (le nom que verront les délégués)').fill(publisher);
  await s.page.getByLabel('Adresse du dossier partagé').fill('/dav/');
  await s.page.getByRole('button', { name: 'Connecter' }).click();
}

async function editPlace(s: Session, meetingId: string, place: string): Promise<void> {
  await goto(s, '#/edit/meeting/' + encodeURIComponent(meetingId));
  await s.page.getByLabel('Lieu').fill(place);
  await s.page.getByRole('button', { name: 'Enregistrer' }).click();
  await s.page.waitForURL((url) => !url.hash.startsWith('#/edit/'));
}

async function publish(s: Session): Promise<void> {
  await goto(s, '#/share');
  await s.page.getByLabel('Publié par (le nom que verront les délégués)').fill(s === sessions[0] ? 'Alice, secrétariat' : 'Bruno, présidence');
  await sharedRegion(s).getByRole('button', { name: 'Publier dans le dossier partagé' }).click();
}

type Bundle = { meetings: { id: string; place?: { text: string } }[] };
const inFolder = (): Bundle => (JSON.parse(readFileSync(join(apache.davDir, PLAN_FILE), 'utf8')) as { plans: { bundle: Bundle }[] }).plans[0]!.bundle;
const placeInFolder = (id: string) => inFolder().meetings.find((m) => m.id === id)?.place?.text;

describe('two organisers, one shared folder', () => {
  it('merges an offline edit without a question, asks when both changed one field, and loses nothing', async () => {
    const alice = await organiser('alice');
    await connect(alice, 'Alice, secrétariat');
    await eventually(async () =>
      expect(await status(alice).textContent()).toBe('Connecté. Le dossier ne contient pas encore ce plan : publiez pour l’y mettre.'),
    );
    await publish(alice);
    await eventually(async () => expect(await status(alice).textContent()).toBe('Publié dans le dossier partagé.'));
    expect(inFolder().meetings.map((m) => m.id)).toContain(FIRST);
    expect(apache.log().some((l) => l.startsWith(`PUT /dav/${PLAN_FILE} 201 "-" "*" alice`))).toBe(true);

    const bruno = await organiser('bruno');
    await connect(bruno, 'Bruno, présidence');
    await eventually(async () => expect(await status(bruno).textContent()).toBe('Connecté. Le dossier contient ce plan tel que vous l’avez.'));

    // Bruno, offline, edits one meeting and asks to publish: it waits.
    await bruno.context.setOffline(true);
    await editPlace(bruno, SECOND, 'Salle des Amériques');
    await publish(bruno);
    await eventually(async () => expect(await status(bruno).textContent()).toMatch(/^Hors ligne ou serveur injoignable/));
    await expect(sharedRegion(bruno).getByTestId('shared-state').textContent()).resolves.toMatch(/1 modification en attente de publication/);

    // Alice edits another and publishes meanwhile.
    await editPlace(alice, FIRST, 'Salle Simón Bolívar');
    await publish(alice);
    await eventually(async () => expect(await status(alice).textContent()).toBe('Publié dans le dossier partagé.'));

    // Back online, Bruno's publish goes out by itself, Alice's edit merged in.
    await bruno.context.setOffline(false);
    await eventually(() => expect(placeInFolder(SECOND)).toBe('Salle des Amériques'), 20_000);
    expect(placeInFolder(FIRST)).toBe('Salle Simón Bolívar');
    await goto(bruno, '#/share');
    await eventually(async () => expect(await sharedRegion(bruno).getByTestId('shared-state').textContent()).toMatch(/Aucune modification en attente/));
    const brunoPuts = apache.log().filter((l) => l.startsWith(`PUT /dav/${PLAN_FILE}`) && l.endsWith('bruno'));
    expect(brunoPuts.map((l) => l.split(' ')[2])).toEqual(['412', '204']);

    // Alice takes Bruno's change at her next publishing, with no question.
    await publish(alice);
    await eventually(async () =>
      expect(await status(alice).textContent()).toBe('Publié, avec les modifications que d’autres organisateurs avaient publiées entre-temps.'),
    );

    // Both change one field: Alice publishes first, Bruno is asked.
    await editPlace(alice, SECOND, 'Salle A');
    await publish(alice);
    await eventually(async () => expect(await status(alice).textContent()).toBe('Publié dans le dossier partagé.'));
    await editPlace(bruno, SECOND, 'Salle B');
    await editPlace(bruno, FIRST, 'Salle Simón Bolívar, 2e étage');
    await publish(bruno);
    const choices = bruno.page.getByRole('region', { name: '1 choix à faire avant de publier' });
    await eventually(async () => expect(await choices.count()).toBe(1), 10_000);
    const group = choices.getByRole('group');
    await expect(group.getByText('Avant : Salle des Amériques').count()).resolves.toBe(1);
    await expect(group.getByRole('radio', { name: 'Votre version : Salle B' }).count()).resolves.toBe(1);
    await expect(group.getByRole('radio', { name: 'Dans le dossier partagé : Salle A' }).count()).resolves.toBe(1);
    expect(await axeViolations(bruno.page)).toEqual([]);
    expect(await layoutProblems(bruno.page)).toEqual([]);
    // Nothing is written before the choice; asking without one says so.
    await choices.getByRole('button', { name: 'Fusionner et publier' }).click();
    await expect(choices.getByRole('alert').textContent()).resolves.toBe('Faites un choix pour chaque élément avant de publier.');
    expect(placeInFolder(SECOND)).toBe('Salle A');
    await group.getByRole('radio', { name: 'Votre version : Salle B' }).check();
    await choices.getByRole('button', { name: 'Fusionner et publier' }).click();
    await eventually(async () =>
      expect(await status(bruno).textContent()).toBe('Publié, avec les modifications que d’autres organisateurs avaient publiées entre-temps.'),
    );
    // Every edit of both sides is in the folder, the chosen value where they met.
    expect(placeInFolder(SECOND)).toBe('Salle B');
    expect(placeInFolder(FIRST)).toBe('Salle Simón Bolívar, 2e étage');
    expect(JSON.parse(readFileSync(join(apache.davDir, 'index.json'), 'utf8')).plans[0].id).toBe('mispa-iii');
    expect(readFileSync(join(apache.davDir, 'plans/mispa-iii/calendar.ics'), 'utf8')).toContain('Salle B');
    // Chromium logs each answer the protocol expects (no file yet, no folder yet, someone published first) and Bruno's offline try as failed loads; nothing else.
    const expected =
      /^Failed to load resource: (the server responded with a status of (404 \(Not Found\)|409 \(Conflict\)|412 \(Precondition Failed\))|net::ERR_INTERNET_DISCONNECTED)$/;
    for (const s of sessions) expect(s.errors.filter((e) => !expected.test(e))).toEqual([]);
  });
});
