/*
 * The service worker's side of publishing that waited for the network (public/shared-sync.js),
 * run as the worker runs it (a classic script, in a context of its own) over the app's real
 * database (fake-indexeddb): a Quorum window open is asked to publish itself; with none, the
 * plan file the app prepared is sent with its condition, a success becomes the new base, a
 * 412 leaves everything to the app's merge, and no network makes the browser try again.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { saveShared, sharedOf } from '../../../src/lib/db/commands/shared-commands.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import type { SharedConnection } from '../../../src/lib/domain/shared-folder.ts';
import { seededDb } from '../db/db-helpers.ts';

const SCRIPT = readFileSync('public/shared-sync.js', 'utf8');
const URL_ = 'https://dav.example.org/dav/plans/mispa-iii/plan.quorum.json';
const PLAN = mispaIII.plan.id;

type SyncEvent = { tag: string; waitUntil: (p: Promise<unknown>) => void };

function worker(options: { windows?: number; answer?: (method: string, headers: Headers) => Response | Promise<Response> } = {}) {
  const requests: { url: string; method: string; headers: Headers; body?: unknown }[] = [];
  const posted: unknown[] = [];
  const listeners: Record<string, (event: SyncEvent) => void> = {};
  const self = {
    addEventListener: (type: string, listener: (event: SyncEvent) => void) => (listeners[type] = listener),
    clients: { matchAll: async () => Array.from({ length: options.windows ?? 0 }, () => ({ postMessage: (m: unknown) => posted.push(m) })) },
  };
  const fetch = async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    requests.push({ url, method: init.method ?? 'GET', headers, body: init.body });
    return (await options.answer?.(init.method ?? 'GET', headers)) ?? new Response(null, { status: 204 });
  };
  runInNewContext(SCRIPT, { self, fetch, indexedDB, IDBKeyRange, Date });
  const fire = async (tag = 'quorum-shared') => {
    let work: Promise<unknown> = Promise.resolve();
    listeners.sync!({ tag, waitUntil: (p) => (work = p) });
    await work;
  };
  return { requests, posted, fire };
}

const WAITING: SharedConnection = {
  planId: PLAN,
  folder: 'https://dav.example.org/dav/',
  etag: '"v1"',
  base: 'the file as last read',
  baseSeq: 3,
  queued: true,
  problem: { code: 'offline', at: '2026-12-03T10:00:00.000Z' },
  outbox: { url: URL_, body: '{"format":"quorum-plan"}', ifMatch: '"v1"', seq: 7 },
};

async function waiting(connection = WAITING): Promise<void> {
  const db = await seededDb();
  await saveShared(db, connection);
  db.close();
}

async function stored(): Promise<SharedConnection | undefined> {
  const db = new QuorumDatabase();
  try {
    return await sharedOf(db, PLAN);
  } finally {
    db.close();
  }
}

describe('publishing that waited, sent by the service worker', () => {
  it('asks an open Quorum window to publish, and sends nothing itself', async () => {
    await waiting();
    const sw = worker({ windows: 1 });
    await sw.fire();
    expect(sw.posted).toEqual([{ type: 'quorum-shared' }]);
    expect(sw.requests).toEqual([]);
  });

  it('with no window, sends the prepared file with its If-Match and takes it as the new base', async () => {
    await waiting();
    const sw = worker({
      answer: (method) => (method === 'HEAD' ? new Response(null, { status: 200, headers: { etag: '"v2"' } }) : new Response(null, { status: 204 })),
    });
    await sw.fire();
    expect(sw.requests.map((r) => [r.method, r.url])).toEqual([
      ['PUT', URL_],
      ['HEAD', URL_],
    ]);
    expect(sw.requests[0]!.headers.get('if-match')).toBe('"v1"');
    expect(sw.requests[0]!.body).toBe(WAITING.outbox!.body);
    const after = await stored();
    expect(after).toMatchObject({ etag: '"v2"', base: WAITING.outbox!.body, baseSeq: 7, queued: true });
    expect(after?.outbox).toBeUndefined();
    expect(after?.problem).toBeUndefined();
  });

  it('creates a file only where there is none when the app had no ETag (If-None-Match: *)', async () => {
    const { etag: _none, ...rest } = WAITING;
    await waiting({ ...rest, outbox: { url: URL_, body: '{}', seq: 2 } });
    const sw = worker({ answer: () => new Response(null, { status: 201, headers: { etag: '"new"' } }) });
    await sw.fire();
    expect(sw.requests[0]!.headers.get('if-none-match')).toBe('*');
    expect(await stored()).toMatchObject({ etag: '"new"', baseSeq: 2 });
  });

  it('leaves a 412 (someone published first) to the app’s merge, changing nothing', async () => {
    await waiting();
    const sw = worker({ answer: () => new Response(null, { status: 412 }) });
    await sw.fire();
    expect(await stored()).toEqual(WAITING);
  });

  it('still offline: fails the sync, so that the browser tries again, and changes nothing', async () => {
    await waiting();
    const sw = worker({ answer: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(sw.fire()).rejects.toThrow('Failed to fetch');
    expect(await stored()).toEqual(WAITING);
  });

  it('ignores other syncs', async () => {
    await waiting();
    const sw = worker();
    await sw.fire('quorum-follow');
    expect(sw.requests).toEqual([]);
  });
});
