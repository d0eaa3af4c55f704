/*
 * One check of a followed plan against a server that answers as a static host does (ETag,
 * Last-Modified, 304 to a matching If-None-Match): an unchanged plan costs a 304; an update
 * waits for the user's tap, or is applied at once when they chose so, keeping their marks;
 * failures are quiet, wait longer each time, and leave the plan as it was.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { deletePlan, followOf, followPlan, pinnedKeysOf, setFollowAuto, setMark, undoLast, unfollowPlan } from '../../../src/lib/db/commands/index.ts';
import { checkDue, retryAfter } from '../../../src/lib/domain/following.ts';
import { checkFollowed, type CheckTools } from '../../../src/lib/following/check-store.ts';
import { applyImport, previewImport } from '../../../src/lib/plan-files/index.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { cryptoSigner, newKeyPair, signFile, type FileSigner } from '../../../src/lib/plan-files/signature.ts';
import { dump, seededDb } from '../db/db-helpers.ts';
import { makePlanFile } from '../factories.ts';

const PAGE = 'https://plans.example.org/quorum/';
const URL_ = 'https://plans.example.org/quorum/plans/mispa-iii/plan.quorum.json';
const MOVED = 'mispa-iii/wg-2011-09-22';
const NOW = new Date('2026-12-01T12:00:00Z');

/** A static host holding `body`: ETag "v<n>", a 304 when asked with the current one. */
function host() {
  const state = { version: 1, body: JSON.stringify(makePlanFile([{ bundle: mispaIII }])), status: 200, requests: [] as { ifNoneMatch: string | null }[] };
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
    state.requests.push({ ifNoneMatch });
    if (state.status !== 200) return new Response('down', { status: state.status });
    const etag = `"v${state.version}"`;
    if (ifNoneMatch === etag) return new Response(null, { status: 304, headers: { etag } });
    return new Response(state.body, { status: 200, headers: { etag, 'content-type': 'application/json' } });
  }) as typeof fetch;
  const publish = (change: (bundle: typeof mispaIII) => typeof mispaIII) => {
    state.version++;
    state.body = JSON.stringify(makePlanFile([{ bundle: change(structuredClone(mispaIII)) }]));
  };
  return { state, fetchImpl, publish };
}

const moved = (bundle: typeof mispaIII) => ({
  ...bundle,
  meetings: bundle.meetings.map((m) =>
    m.id === MOVED ? { ...m, startDate: '2011-09-23', sequence: m.sequence + 1, updatedAt: '2026-12-01T10:00:00.000Z' } : m,
  ),
});

function tools(fetchImpl: typeof fetch, now = NOW): CheckTools {
  return { pageUrl: PAGE, now, fetchImpl, read: (blob) => readPlanFile(blob), previewImport, applyImport };
}

async function followed(auto = false) {
  const db = await seededDb(undefined, 'reading');
  await followPlan(db, mispaIII.plan.id, URL_);
  if (auto) await setFollowAuto(db, mispaIII.plan.id, true);
  return db;
}

describe('checking a followed plan', () => {
  it('costs a 304 when nothing changed: the validators of the last copy are sent', async () => {
    const db = await followed();
    const server = host();
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'unchanged' });
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'unchanged' });
    expect(server.state.requests).toEqual([{ ifNoneMatch: null }, { ifNoneMatch: '"v1"' }]);
    expect(await followOf(db, mispaIII.plan.id)).toMatchObject({ etag: '"v1"', checkedAt: NOW.toISOString(), failures: 0 });
  });

  it('costs a 304 from the first check when the plan was followed with the validators of the file applied', async () => {
    const db = await seededDb(undefined, 'reading');
    await followPlan(db, mispaIII.plan.id, URL_, undefined, { etag: '"v1"' });
    const server = host();
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'unchanged' });
    expect(server.state.requests).toEqual([{ ifNoneMatch: '"v1"' }]);
  });

  it('keeps an update waiting for the user, with how many records it changes, and writes nothing to the plan', async () => {
    const db = await followed();
    const server = host();
    await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl));
    const before = await dump(db);
    server.publish(moved);
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'pending', changes: 1, version: '2026-12-01T10:00:00.000Z' });
    const after = await dump(db);
    expect(after.meetings).toEqual(before.meetings);
    expect((await followOf(db, mispaIII.plan.id))!.pending).toEqual({ version: '2026-12-01T10:00:00.000Z', changes: 1 });
    // Asked again: the server says 304, and the update still waits.
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'unchanged' });
    expect((await followOf(db, mispaIII.plan.id))!.pending).toEqual({ version: '2026-12-01T10:00:00.000Z', changes: 1 });
  });

  it('applies an update by itself when the user chose so, and their mark on the moved meeting stays', async () => {
    const db = await followed(true);
    await setMark(db, mispaIII.plan.id, 'meeting', MOVED, true, NOW);
    const server = host();
    server.publish(moved);
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'applied', changes: 1, version: '2026-12-01T10:00:00.000Z' });
    expect((await db.meetings.get(MOVED))!.startDate).toBe('2011-09-23');
    expect(await db.marks.get([mispaIII.plan.id, MOVED])).toBeTruthy();
    expect(await followOf(db, mispaIII.plan.id)).toMatchObject({ asOf: '2026-12-01T10:00:00.000Z', etag: '"v2"' });
    expect((await followOf(db, mispaIII.plan.id))!.pending).toBeUndefined();
  });

  it('never applies by itself an update not signed by the pinned key: it waits, flagged; one signed by that key applies', async () => {
    const db = await followed(true);
    const sign = async (bundle: typeof mispaIII, by: FileSigner) => JSON.stringify(await signFile(JSON.parse(JSON.stringify(makePlanFile([{ bundle }]))), by));
    const cidi = await newKeyPair().then((pair) => cryptoSigner('CIDI', pair.privateKey, pair.publicKey));
    const other = await newKeyPair().then((pair) => cryptoSigner('CIDI', pair.privateKey, pair.publicKey));
    const server = host();
    // The first follow (the file opened from its link and applied) pins the key.
    const first = await readPlanFile(await sign(structuredClone(mispaIII), cidi));
    if (!first.ok) throw new Error('unreadable');
    await applyImport(db, first.file, {}, NOW);
    expect((await pinnedKeysOf(db, mispaIII.plan.id))!.keys).toHaveLength(1);

    server.state.version++;
    server.state.body = await sign(moved(structuredClone(mispaIII)), other);
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({
      kind: 'pending',
      changes: 1,
      version: '2026-12-01T10:00:00.000Z',
      unverified: true,
    });
    expect((await db.meetings.get(MOVED))!.startDate).toBe('2011-09-22');
    expect((await followOf(db, mispaIII.plan.id))!.pending).toEqual({ version: '2026-12-01T10:00:00.000Z', changes: 1, unverified: true });

    server.state.version++;
    server.state.body = await sign(moved(structuredClone(mispaIII)), cidi);
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'applied', changes: 1, version: '2026-12-01T10:00:00.000Z' });
    expect((await db.meetings.get(MOVED))!.startDate).toBe('2011-09-23');
    expect((await pinnedKeysOf(db, mispaIII.plan.id))!.held).toMatchObject({ name: 'CIDI', verified: true });
  });

  it('is quiet on a server error or a damaged file: waits 1, 2, 4 minutes, and the plan stays as it was', async () => {
    const db = await followed(true);
    const server = host();
    const before = await dump(db);
    server.state.status = 503;
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'failed' });
    expect((await followOf(db, mispaIII.plan.id))!.retryAt).toBe('2026-12-01T12:01:00.000Z');
    await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl));
    expect((await followOf(db, mispaIII.plan.id))!.retryAt).toBe('2026-12-01T12:02:00.000Z');
    server.state.status = 200;
    server.state.body = '{"format": "quorum-plan", "version": 2, "plans": [';
    await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl));
    expect(await followOf(db, mispaIII.plan.id)).toMatchObject({ failures: 3, retryAt: '2026-12-01T12:04:00.000Z' });
    // A file of another plan only: nothing to take from it.
    server.publish(() => ({ ...structuredClone(mispaIII), plan: { ...mispaIII.plan, id: 'other' } }) as never);
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'failed' });
    const { meta: _meta, ...rest } = await dump(db);
    const { meta: _before, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    // Back up: the next answer resets the count.
    server.publish((b) => b);
    await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl));
    expect(await followOf(db, mispaIII.plan.id)).toMatchObject({ failures: 0 });
    expect((await followOf(db, mispaIII.plan.id))!.retryAt).toBeUndefined();
  });

  it('refuses a plan file on another origin without asking it', async () => {
    const db = await seededDb(undefined, 'reading');
    await followPlan(db, mispaIII.plan.id, 'https://elsewhere.example.net/plan.json');
    const server = host();
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'failed' });
    expect(server.state.requests).toEqual([]);
  });

  it('keeps what the last check saw when the plan is followed again at the same address (an update applied by hand)', async () => {
    const db = await followed();
    const server = host();
    server.publish(moved);
    await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl));
    await followPlan(db, mispaIII.plan.id, URL_, '2026-12-01T10:00:00.000Z');
    const record = (await followOf(db, mispaIII.plan.id))!;
    expect(record).toMatchObject({ etag: '"v2"', asOf: '2026-12-01T10:00:00.000Z', checkedAt: NOW.toISOString() });
    expect(record.pending).toBeUndefined();
    // At another address, nothing of the old one is kept.
    await followPlan(db, mispaIII.plan.id, `${URL_}?v=2`);
    expect((await followOf(db, mispaIII.plan.id))!.etag).toBeUndefined();
  });

  it('stops when asked: the record goes, the plan stays, and a check does nothing', async () => {
    const db = await followed();
    await unfollowPlan(db, mispaIII.plan.id);
    expect(await followOf(db, mispaIII.plan.id)).toBeUndefined();
    expect(await db.plans.get(mispaIII.plan.id)).toBeTruthy();
    const server = host();
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toBeUndefined();
    expect(server.state.requests).toEqual([]);
    await expect(followPlan(db, 'no-such-plan', URL_)).rejects.toThrow();
  });

  it('asks nothing for a followed plan deleted here, and takes it up again once undo brings it back', async () => {
    const db = await followed();
    const server = host();
    await deletePlan(db, mispaIII.plan.id);
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toBeUndefined();
    expect(server.state.requests).toEqual([]);
    await undoLast(db, mispaIII.plan.id);
    expect(await checkFollowed(db, mispaIII.plan.id, tools(server.fetchImpl))).toEqual({ kind: 'unchanged' });
  });
});

describe('when a followed plan is checked', () => {
  const record = { planId: 'p', url: URL_, auto: false, failures: 0 };
  it('is due at once, then 15 minutes after its last check, or at its retry time after failures', () => {
    expect(checkDue(record, NOW)).toBe(true);
    const checked = { ...record, checkedAt: NOW.toISOString() };
    expect(checkDue(checked, new Date(NOW.getTime() + 14 * 60_000))).toBe(false);
    expect(checkDue(checked, new Date(NOW.getTime() + 15 * 60_000))).toBe(true);
    const failing = { ...checked, failures: 2, retryAt: retryAfter(2, NOW) };
    expect(failing.retryAt).toBe('2026-12-01T12:02:00.000Z');
    expect(checkDue(failing, new Date(NOW.getTime() + 60_000))).toBe(false);
    expect(checkDue(failing, new Date(NOW.getTime() + 120_000))).toBe(true);
    expect(retryAfter(30, NOW)).toBe('2026-12-01T13:00:00.000Z');
  });
});
