/*
 * The service worker's background check (public/follow-sync.js), run as the worker runs it
 * (a classic script, in a context of its own) over the app's real database (fake-indexeddb)
 * and a cache and a server standing in for the browser's: a Quorum window open is asked to
 * check; with none, each followed plan file is asked for with the validators of the copy held
 * (or of the copy already waiting), a changed file is kept, a 304, a server error or another
 * origin keep nothing; without a database nothing is asked and no database is made.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { followPlan } from '../../../src/lib/db/commands/index.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/plan-files/limits.ts';
import { seededDb } from '../db/db-helpers.ts';

const SCRIPT = readFileSync('public/follow-sync.js', 'utf8');
const ORIGIN = 'https://plans.example.org';
const PLAN_URL = `${ORIGIN}/quorum/plans/mispa-iii/plan.quorum.json`;

type SyncEvent = { tag: string; waitUntil: (p: Promise<unknown>) => void };

/** The script loaded in a worker-like context; `fire` dispatches a periodicsync and waits for its work. */
function worker(options: { windows?: number; answer?: (headers: Headers) => Response } = {}) {
  const cache = new Map<string, Response>();
  const requests: { url: string; headers: Headers }[] = [];
  const posted: unknown[] = [];
  const listeners: Record<string, (event: SyncEvent) => void> = {};
  const self = {
    addEventListener: (type: string, listener: (event: SyncEvent) => void) => (listeners[type] = listener),
    clients: { matchAll: async () => Array.from({ length: options.windows ?? 0 }, () => ({ postMessage: (m: unknown) => posted.push(m) })) },
    registration: { scope: `${ORIGIN}/quorum/` },
    location: new URL(`${ORIGIN}/quorum/sw.js`),
  };
  const caches = {
    open: async () => ({
      match: async (url: string) => cache.get(url)?.clone(),
      put: async (url: string, response: Response) => void cache.set(url, response),
    }),
  };
  const fetch = async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    requests.push({ url, headers });
    return options.answer?.(headers) ?? new Response(null, { status: 304 });
  };
  runInNewContext(SCRIPT, { self, caches, fetch, indexedDB, IDBKeyRange, URL, Headers, Number });
  const fire = async (tag = 'quorum-follow') => {
    let work: Promise<unknown> = Promise.resolve();
    listeners.periodicsync!({ tag, waitUntil: (p) => (work = p) });
    await work;
  };
  return { cache, requests, posted, fire };
}

async function followed(url = PLAN_URL) {
  const db = await seededDb(undefined, 'reading');
  await followPlan(db, mispaIII.plan.id, url, undefined, { etag: '"v1"' });
  db.close();
}

const changed = () => new Response('{"format":"quorum-plan"}', { status: 200, headers: { etag: '"v2"', 'content-type': 'application/json' } });

describe('the background check of followed plans', () => {
  it('asks an open Quorum window to check, and fetches nothing itself', async () => {
    await followed();
    const sw = worker({ windows: 1 });
    await sw.fire();
    expect(sw.posted).toEqual([{ type: 'quorum-follow' }]);
    expect(sw.requests).toEqual([]);
  });

  it('asks with the validators of the copy held, and keeps a changed file; then asks with the copy waiting', async () => {
    await followed();
    const unchanged = worker();
    await unchanged.fire();
    expect(unchanged.requests.map((r) => [r.url, r.headers.get('if-none-match')])).toEqual([[PLAN_URL, '"v1"']]);
    expect(unchanged.cache.size).toBe(0);

    const sw = worker({ answer: (headers) => (headers.get('if-none-match') === '"v2"' ? new Response(null, { status: 304 }) : changed()) });
    await sw.fire();
    expect(await sw.cache.get(PLAN_URL)!.clone().text()).toBe('{"format":"quorum-plan"}');
    await sw.fire();
    expect(sw.requests.map((r) => r.headers.get('if-none-match'))).toEqual(['"v1"', '"v2"']);
    expect(sw.cache.get(PLAN_URL)!.headers.get('etag')).toBe('"v2"');
  });

  it('keeps nothing from a server error, another origin or another tag', async () => {
    await followed('https://elsewhere.example.net/plan.quorum.json');
    const other = worker({ answer: changed });
    await other.fire();
    expect(other.requests).toEqual([]);

    await followed();
    const failing = worker({ answer: () => new Response('down', { status: 503 }) });
    await failing.fire();
    await failing.fire('something-else');
    expect(failing.requests).toHaveLength(1);
    expect(failing.cache.size).toBe(0);
  });

  it('asks nothing, and makes no database, on a device that has none', async () => {
    const sw = worker({ answer: changed });
    await sw.fire();
    expect(sw.requests).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual([]);
  });

  it('reads no larger file than the app does', () => {
    expect(SCRIPT).toContain(`const MAX_BYTES = ${MAX_FILE_BYTES / (1024 * 1024)} * 1024 * 1024;`);
  });
});
