// @vitest-environment node
/*
 * Debian's Apache as the WebDAV server of shared editing (scripts/apache.mjs with
 * tests/servers/apache-dav.conf), checked from Node with fetch: Basic auth on /dav/, ETags a
 * conditional PUT can rely on straight after a write, 412 for a lost update, locks between
 * two people, the app's headers at /, and the log the tests read. The web root is a small one
 * of its own, so that the config is checked without a build.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApache, type Apache } from '../../../scripts/apache.mjs';
import { FIRST_REQUESTS_HASH } from '../../../scripts/first-requests.ts';

let root: string;
let apache: Apache;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'quorum-apache-root-'));
  // Apache's workers run as www-data when the tests run as root: they must read the root.
  chmodSync(root, 0o755);
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Quorum</title>');
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(root, 'assets', 'index-Ab12Cd.js'), 'export {};');
  apache = await startApache(root, { users: { alice: 'pw-alice', bruno: 'pw-bruno' } });
});

afterAll(async () => {
  await apache?.stop();
  rmSync(root, { recursive: true, force: true });
});

const PASSWORDS: Record<string, string> = { alice: 'pw-alice', bruno: 'pw-bruno' };

/** A request to /dav/`path` as `user` (a name of PASSWORDS, or a `name:password` pair). */
function dav(path: string, user: string | null, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
  const pair = user?.includes(':') ? user : `${user}:${PASSWORDS[user ?? '']}`;
  const headers = user ? { authorization: `Basic ${Buffer.from(pair).toString('base64')}`, ...init.headers } : init.headers;
  return fetch(new URL(path, apache.davUrl), { ...init, headers });
}

const put = (path: string, user: string, body: string, headers: Record<string, string> = {}) =>
  dav(path, user, { method: 'PUT', body, headers: { 'content-type': 'application/json', ...headers } });

async function read(path: string, user: string) {
  const response = await dav(path, user);
  return { status: response.status, etag: response.headers.get('etag'), body: await response.text() };
}

/** A write lock on /dav/`path` for `user`: its token, as the If header quotes it (`<opaquelocktoken:…>`). */
async function lock(path: string, user: string): Promise<string> {
  const body =
    '<?xml version="1.0" encoding="utf-8"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>' +
    `${user}</D:owner></D:lockinfo>`;
  const response = await dav(path, user, { method: 'LOCK', body, headers: { 'content-type': 'application/xml', timeout: 'Second-60' } });
  expect(response.status).toBe(200);
  return response.headers.get('lock-token')!;
}

describe('Apache as the WebDAV server of shared editing', () => {
  it('asks for a password, Basic, and refuses a wrong one', async () => {
    const anonymous = await dav('plan.json', null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="Quorum"');
    expect((await dav('plan.json', 'alice:wrong')).status).toBe(401);
  });

  it('creates a file only once with If-None-Match: *, and gives it a strong ETag at once', async () => {
    expect((await put('plan.json', 'alice', '{"v":1}', { 'if-none-match': '*' })).status).toBe(201);
    const created = await dav('plan.json', 'alice');
    expect(created.status).toBe(200);
    // Content-based (FileETag Digest): strong even within the second of the write.
    expect(created.headers.get('etag')).toMatch(/^"[A-Za-z0-9+/]{27}="$/);
    expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(created.headers.get('cache-control')).toBe('no-cache');
    expect(await created.text()).toBe('{"v":1}');
    // Someone else created it first: 412, and the file is the first one.
    expect((await put('plan.json', 'bruno', '{"v":"bruno"}', { 'if-none-match': '*' })).status).toBe(412);
    expect((await read('plan.json', 'alice')).body).toBe('{"v":1}');
  });

  it('replaces a file with If-Match of its current ETag, straight after the last write, and refuses a stale one', async () => {
    const first = await read('plan.json', 'alice');
    // Same size, same second: the ETag still changes.
    expect((await put('plan.json', 'alice', '{"v":2}', { 'if-match': first.etag! })).status).toBe(204);
    const second = await read('plan.json', 'alice');
    expect(second.etag).not.toBe(first.etag);
    expect((await put('plan.json', 'alice', '{"v":3}', { 'if-match': second.etag! })).status).toBe(204);
    // Bruno still holds the first ETag: his edit would lose Alice's, so it is refused.
    expect((await put('plan.json', 'bruno', '{"v":"bruno"}', { 'if-match': first.etag! })).status).toBe(412);
    expect(await read('plan.json', 'bruno')).toMatchObject({ status: 200, body: '{"v":3}' });
    // If-Match on a file nobody created yet: 412 too, nothing created.
    expect((await put('missing.json', 'alice', '{}', { 'if-match': first.etag! })).status).toBe(412);
    expect((await read('missing.json', 'alice')).status).toBe(404);
  });

  it('serves calendars as text/calendar, and answers 409 for a file in a folder that does not exist', async () => {
    expect((await dav('feed.ics', 'alice', { method: 'PUT', body: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' })).status).toBe(201);
    expect((await dav('feed.ics', 'bruno')).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect((await put('no-such-folder/plan.json', 'alice', '{}')).status).toBe(409);
  });

  it('keeps a locked file to its lock’s holder: 423 for the others, until she unlocks it', async () => {
    const token = await lock('plan.json', 'alice');
    expect(token).toMatch(/^<opaquelocktoken:[0-9a-f-]+>$/);
    expect((await put('plan.json', 'bruno', '{"v":"bruno"}')).status).toBe(423);
    // Alice's token is hers: in Bruno's request it is refused.
    expect((await put('plan.json', 'bruno', '{"v":"bruno"}', { if: `(${token})` })).status).toBe(403);
    expect((await put('plan.json', 'alice', '{"v":4}', { if: `(${token})` })).status).toBe(204);
    expect((await dav('plan.json', 'bruno')).status).toBe(200);
    expect((await dav('plan.json', 'alice', { method: 'UNLOCK', headers: { 'lock-token': token } })).status).toBe(204);
    expect((await put('plan.json', 'bruno', '{"v":5}')).status).toBe(204);
  });

  it('serves the app at / with nginx.conf’s headers, and the shared files with theirs', async () => {
    const page = await fetch(apache.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Quorum</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' '[^']+';.*frame-ancestors 'none'$/);
    expect(policy).toContain(`script-src 'self' ${FIRST_REQUESTS_HASH};`);
    const worker = await fetch(new URL('sw.js', apache.url));
    expect([worker.status, worker.headers.get('cache-control'), worker.headers.get('content-type')]).toEqual([
      200,
      'no-cache',
      'text/javascript; charset=utf-8',
    ]);
    const asset = await fetch(new URL('assets/index-Ab12Cd.js', apache.url));
    expect([asset.headers.get('cache-control'), asset.headers.get('content-security-policy')]).toEqual(['public, max-age=31536000, immutable', null]);
    // An HTML file someone put into the shared folder runs nothing on the app's origin.
    expect((await dav('plan.json', 'alice')).headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('logs each request: method, path, status, If-Match, If-None-Match, user', async () => {
    // Apache writes a line just after it answers.
    await vi.waitFor(() => expect(apache.log().at(-1)).toMatch(/^GET \/dav\/plan\.json 200 "-" "-" alice$/), { timeout: 2_000, interval: 20 });
    const log = apache.log();
    expect(log).toContain('GET /dav/plan.json 401 "-" "-" -');
    expect(log).toContain('PUT /dav/plan.json 201 "-" "*" alice');
    expect(log).toContain('PUT /dav/plan.json 412 "-" "*" bruno');
    expect(log.filter((line) => /^PUT \/dav\/plan\.json 412 "\\"[^"\\]+\\"" "-" bruno$/.test(line))).toHaveLength(1);
    expect(log).toContain('PUT /dav/plan.json 423 "-" "-" bruno');
    expect(log).toContain('GET /sw.js 200 "-" "-" -');
  });
});
