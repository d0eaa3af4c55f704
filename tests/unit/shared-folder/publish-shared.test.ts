// @vitest-environment node
/*
 * Shared editing against a real WebDAV server (Debian's apache2, scripts/apache.mjs): two
 * organisers, each with a database of their own, connect one plan to the same folder and
 * publish. Different fields merge without a question; one field changed on both sides is a
 * conflict whose chosen value wins; each HTTP failure is told and changes nothing here.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApache, type Apache } from '../../../scripts/apache.mjs';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { attachDocumentFile } from '../../../src/lib/db/commands/document-file-commands.ts';
import { updateMeeting } from '../../../src/lib/db/commands/meeting-commands.ts';
import { changesWaiting, sharedOf } from '../../../src/lib/db/commands/shared-commands.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import type { LocalizedText, PlanBundle } from '../../../src/lib/domain/types.ts';
import { sitePaths } from '../../../src/lib/publishing/site-paths.ts';
import { connectShared } from '../../../src/lib/shared-folder/connect.ts';
import { publishShared, settleConflicts, type PublishOptions } from '../../../src/lib/shared-folder/publish-shared.ts';
import { WebDav } from '../../../src/lib/shared-folder/webdav.ts';
import { dump, seededDb, T1, T2 } from '../db/db-helpers.ts';
import { describeFile } from '../documents-fixtures.ts';

let root: string;
let apache: Apache;
const PASSWORDS: Record<string, string> = { alice: 'pw-alice', bruno: 'pw-bruno' };
const PLAN = mispaIII.plan.id;
const [FIRST, SECOND] = [mispaIII.meetings[0]!.id, mispaIII.meetings[1]!.id];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'quorum-shared-root-'));
  chmodSync(root, 0o755);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Quorum</title>');
  apache = await startApache(root, { users: PASSWORDS });
});

afterAll(async () => {
  await apache?.stop();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  // Each test starts from an empty shared folder.
  for (const name of ['index.json', 'plans']) rmSync(join(apache.davDir, name), { recursive: true, force: true });
});

/** A WebDAV client signed in as `user` (the browser's prompt, in the app). */
function as(user: string, password = PASSWORDS[user]!): WebDav {
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return new WebDav((input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), authorization } }));
}
const options = (user: string): PublishOptions => ({ webdav: as(user), app: 'Quorum test', now: () => T2 });

const planOnDisk = (): PlanBundle =>
  (JSON.parse(readFileSync(join(apache.davDir, sitePaths(PLAN).planFile), 'utf8')) as { plans: { bundle: PlanBundle }[] }).plans[0]!.bundle;
const meetingIn = (bundle: PlanBundle, id: string) => bundle.meetings.find((m) => m.id === id)!;
const fr = (text: string): LocalizedText => ({ text, lang: 'fr' });
const davLog = () => apache.log().filter((line) => line.startsWith('PUT /dav/plans/'));

async function organiser(user: string): Promise<QuorumDatabase> {
  const db = await seededDb(new QuorumDatabase(`quorum-${user}-${Math.random()}`));
  const connected = await connectShared(db, PLAN, apache.davUrl, apache.url, as(user));
  expect(connected.ok).toBe(true);
  return db;
}

describe('publishing to a shared folder', () => {
  it('creates the plan file only where there is none (If-None-Match: *), with the feed and the index beside it', async () => {
    const alice = await organiser('alice');
    expect((await sharedOf(alice, PLAN))?.etag).toBeUndefined();
    const outcome = await publishShared(alice, PLAN, options('alice'));
    expect(outcome).toMatchObject({ kind: 'published', merged: false });
    expect(planOnDisk().plan.id).toBe(PLAN);
    expect(existsSync(join(apache.davDir, sitePaths(PLAN).calendar))).toBe(true);
    expect(JSON.parse(readFileSync(join(apache.davDir, 'index.json'), 'utf8')).plans[0].id).toBe(PLAN);
    // The first PUT found no folder (409): the site's folders were made (MKCOL), then the file created.
    expect(
      davLog()
        .filter((l) => l.includes('plan.quorum.json'))
        .map((l) => l.split(' ').slice(2).join(' ')),
    ).toEqual(['409 "-" "*" alice', '201 "-" "*" alice']);
    const connection = await sharedOf(alice, PLAN);
    expect(connection?.etag).toMatch(/^"/);
    expect(await changesWaiting(alice, PLAN)).toBe(0);
  });

  it('merges edits of different fields by two organisers without a question, and keeps both', async () => {
    const alice = await organiser('alice');
    expect(await publishShared(alice, PLAN, options('alice'))).toMatchObject({ kind: 'published' });
    const bruno = await seededDb(new QuorumDatabase(`quorum-bruno-${Math.random()}`));
    expect(await connectShared(bruno, PLAN, apache.davUrl, apache.url, as('bruno'))).toMatchObject({ ok: true, holds: 'same' });
    await updateMeeting(alice, FIRST, { place: fr('Washington, salle Simón Bolívar') }, T1);
    await updateMeeting(bruno, SECOND, { place: fr('Salle des Amériques') }, T1);
    await updateMeeting(bruno, FIRST, { notes: fr('Interprétation en quatre langues') }, T1);
    expect(await changesWaiting(bruno, PLAN)).toBe(2);
    expect(await publishShared(alice, PLAN, options('alice'))).toMatchObject({ kind: 'published', merged: false });
    expect(await publishShared(bruno, PLAN, options('bruno'))).toMatchObject({ kind: 'published', merged: true });
    const final = planOnDisk();
    expect(meetingIn(final, FIRST).place?.text).toBe('Washington, salle Simón Bolívar');
    expect(meetingIn(final, FIRST).notes?.text).toBe('Interprétation en quatre langues');
    expect(meetingIn(final, SECOND).place?.text).toBe('Salle des Amériques');
    // Bruno's copy holds Alice's edit too; Alice gets Bruno's at her next publishing.
    expect(meetingIn((await loadPlanBundle(bruno, PLAN))!, FIRST).place?.text).toBe('Washington, salle Simón Bolívar');
    expect(await publishShared(alice, PLAN, options('alice'))).toMatchObject({ kind: 'published', merged: true });
    expect(meetingIn((await loadPlanBundle(alice, PLAN))!, SECOND).place?.text).toBe('Salle des Amériques');
    // Bruno's PUT met a 412 first, then went through with the ETag of Alice's file.
    expect(
      davLog()
        .filter((l) => l.includes('plan.quorum.json') && l.endsWith('bruno'))
        .map((l) => l.split(' ')[2]),
    ).toEqual(['412', '204']);
  });

  it('asks when both changed one field, and publishes the value chosen', async () => {
    const alice = await organiser('alice');
    await publishShared(alice, PLAN, options('alice'));
    const bruno = await organiser('bruno');
    await updateMeeting(alice, FIRST, { place: fr('Lima') }, T1);
    await updateMeeting(bruno, FIRST, { place: fr('Quito') }, T1);
    await updateMeeting(bruno, SECOND, { place: fr('Bogotá') }, T1);
    await publishShared(alice, PLAN, options('alice'));
    const before = await dump(bruno);
    const outcome = await publishShared(bruno, PLAN, options('bruno'));
    if (outcome.kind !== 'conflicts') throw new Error(`expected conflicts, got ${outcome.kind}`);
    const { conflicts } = outcome.pending;
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'field', table: 'meetings', id: FIRST, path: ['place', 'text'], local: 'Quito', remote: 'Lima' });
    // Nothing is written until the organiser chooses.
    expect((await dump(bruno)).meetings).toEqual(before.meetings);
    expect(meetingIn(planOnDisk(), FIRST).place?.text).toBe('Lima');
    const settled = await settleConflicts(bruno, outcome.pending, new Map([[conflicts[0]!.key, 'local']]), options('bruno'));
    expect(settled).toMatchObject({ kind: 'published', merged: true });
    expect(meetingIn(planOnDisk(), FIRST).place?.text).toBe('Quito');
    expect(meetingIn(planOnDisk(), SECOND).place?.text).toBe('Bogotá');
    expect(await changesWaiting(bruno, PLAN)).toBe(0);
  });

  it('says 401, 423 and offline plainly, and changes nothing here', async () => {
    const alice = await organiser('alice');
    await publishShared(alice, PLAN, options('alice'));
    await updateMeeting(alice, FIRST, { place: fr('Lima') }, T1);
    const before = await dump(alice);
    const wrong = { ...options('alice'), webdav: as('alice', 'not-the-password') };
    expect(await publishShared(alice, PLAN, wrong)).toMatchObject({ kind: 'failed', problem: 'unauthorized', status: 401 });
    // Bruno locks the plan file (another organiser's editor): Alice's PUT is refused with 423.
    const url = new URL(sitePaths(PLAN).planFile, apache.davUrl).href;
    const lock = await fetch(url, {
      method: 'LOCK',
      headers: { authorization: `Basic ${Buffer.from('bruno:pw-bruno').toString('base64')}`, 'content-type': 'application/xml', timeout: 'Second-60' },
      body: '<?xml version="1.0"?><lockinfo xmlns="DAV:"><lockscope><exclusive/></lockscope><locktype><write/></locktype></lockinfo>',
    });
    expect(lock.status).toBe(200);
    expect(await publishShared(alice, PLAN, options('alice'))).toMatchObject({ kind: 'failed', problem: 'locked', status: 423 });
    const unlock = await fetch(url, {
      method: 'UNLOCK',
      headers: { authorization: `Basic ${Buffer.from('bruno:pw-bruno').toString('base64')}`, 'lock-token': lock.headers.get('lock-token')! },
    });
    expect(unlock.status).toBe(204);
    const offline = { ...options('alice'), webdav: new WebDav(() => Promise.reject(new TypeError('Failed to fetch'))) };
    expect(await publishShared(alice, PLAN, offline)).toMatchObject({ kind: 'failed', problem: 'offline' });
    const after = await dump(alice);
    expect(after.meetings).toEqual(before.meetings);
    expect(after.history).toEqual(before.history);
    const waiting = await sharedOf(alice, PLAN);
    expect(waiting?.queued).toBe(true);
    // Prepared for the service worker (Background Sync): the plan file with Lima, under the ETag last read.
    expect(waiting?.outbox).toMatchObject({ url: new URL(sitePaths(PLAN).planFile, apache.davUrl).href, ifMatch: waiting?.etag });
    const prepared = JSON.parse(waiting!.outbox!.body) as { plans: { bundle: PlanBundle }[] };
    expect(meetingIn(prepared.plans[0]!.bundle, FIRST).place?.text).toBe('Lima');
    expect(await changesWaiting(alice, PLAN)).toBe(1);
    expect(meetingIn(planOnDisk(), FIRST).place?.text).not.toBe('Lima');
  });

  it('refuses a folder that holds another plan, storing nothing', async () => {
    const alice = await organiser('alice');
    await publishShared(alice, PLAN, options('alice'));
    const other = await seededDb(new QuorumDatabase(`quorum-other-${Math.random()}`));
    const text = readFileSync(join(apache.davDir, sitePaths(PLAN).planFile), 'utf8').replaceAll(`"${PLAN}"`, '"another-plan"');
    writeFileSync(join(apache.davDir, sitePaths(PLAN).planFile), text);
    expect(await connectShared(other, PLAN, apache.davUrl, apache.url, as('bruno'))).toEqual({ ok: false, problem: 'otherPlan' });
    expect(await sharedOf(other, PLAN)).toBeUndefined();
    expect(await connectShared(other, PLAN, 'ftp://example.org/dav/', apache.url, as('bruno'))).toEqual({ ok: false, problem: 'invalidAddress' });
  });
});

describe('each answer of the server, told as such', () => {
  const STATUSES: [number, string][] = [
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [413, 'tooLarge'],
    [423, 'locked'],
    [500, 'server'],
    [507, 'full'],
  ];
  for (const [status, problem] of STATUSES) {
    it(`${status} on the plan file's PUT: "${problem}", with a message in each language, and nothing changed here`, async () => {
      const alice = await organiser('alice');
      await publishShared(alice, PLAN, options('alice'));
      await updateMeeting(alice, FIRST, { place: fr('Lima') }, T1);
      const before = await dump(alice);
      // The server as it is, but for the plan file's PUT.
      const real = as('alice');
      const answering = new WebDav((input, init) =>
        init?.method === 'PUT' && String(input).endsWith('plan.quorum.json') ? Promise.resolve(new Response(null, { status })) : real['fetchImpl'](input, init),
      );
      expect(await publishShared(alice, PLAN, { ...options('alice'), webdav: answering })).toEqual({ kind: 'failed', problem, status });
      const after = await dump(alice);
      expect(after.meetings).toEqual(before.meetings);
      expect(after.history).toEqual(before.history);
      expect((await sharedOf(alice, PLAN))?.problem).toMatchObject({ code: problem, status });
      for (const lang of ['fr', 'en', 'es', 'pt'] as const) {
        const catalog = (await import(`../../../src/lib/i18n/messages/plan-files/${lang}.ts`)) as { default: Record<string, string> };
        expect(catalog.default[`shared.problem.${problem}`]).toMatch(/\S/);
      }
    });
  }
});

describe('the documents’ texts in a shared folder', () => {
  it('are put beside the plan file under their hash, their folder made when the site has none yet, and never put again', async () => {
    const alice = await organiser('alice');
    await publishShared(alice, PLAN, options('alice'));
    const bytes = new TextEncoder().encode('%PDF-1.4\n% CP/RES. 934\n%%EOF\n');
    const file = describeFile(bytes, 'fr');
    await attachDocumentFile(alice, mispaIII.documents[0]!.id, file, new Blob([bytes]), T1);
    expect(await publishShared(alice, PLAN, options('alice'))).toMatchObject({ kind: 'published' });
    const path = join(apache.davDir, 'plans', 'mispa-iii', 'documents', `${file.hash}.pdf`);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
    expect(planOnDisk().documents.find((d) => d.id === mispaIII.documents[0]!.id)!.files).toEqual([file]);
    expect((await sharedOf(alice, PLAN))?.problem).toBeUndefined();
    const puts = () => davLog().filter((line) => line.includes('/documents/'));
    // No documents/ folder yet: 409, the folder made, then the file.
    expect(puts().map((line) => line.split(' ')[2])).toEqual(['409', '201']);
    await updateMeeting(alice, FIRST, { place: fr('Salle C') }, T2);
    await publishShared(alice, PLAN, options('alice'));
    expect(puts()).toHaveLength(2);
  });
});
