// @vitest-environment node
/* The benchmark's static server (scripts/bench/static-server.mjs): files, single-page fallback, gzip. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, serveStatic } from '../../../scripts/bench/static-server.mjs';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bench-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app.js'), `export const text = '${'quorum '.repeat(400)}';`);
  writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fileFor', () => {
  it('finds files, index.html for a folder or a route, nothing outside the root or for a missing file', () => {
    expect(fileFor(root, '/assets/app.js?v=2')).toBe(join(root, 'assets', 'app.js'));
    expect(fileFor(root, '/')).toBe(join(root, 'index.html'));
    expect(fileFor(root, '/schedule/session/3')).toBe(join(root, 'index.html'));
    expect(fileFor(root, '/assets/missing.js')).toBeUndefined();
    expect(fileFor(root, '/../../etc/passwd')).toBeUndefined();
    expect(fileFor(root, '/%E0%A4%A')).toBeUndefined();
  });
});

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic', () => {
  it('sends text gzipped when asked, images as they are, and 404 for a missing file', async () => {
    const server = await serveStatic(root);
    try {
      const js = await get(`${server.url}assets/app.js`, { 'accept-encoding': 'gzip, br' });
      expect(js.headers['content-encoding']).toBe('gzip');
      expect(js.headers['content-type']).toMatch(/^text\/javascript/);
      expect(gunzipSync(js.body).toString()).toContain('quorum quorum');
      expect(js.body.length).toBeLessThan(400);
      const plain = await get(`${server.url}assets/app.js`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const png = await get(`${server.url}icon.png`, { 'accept-encoding': 'gzip' });
      expect([png.headers['content-encoding'], png.headers['content-type'], png.body.length]).toEqual([undefined, 'image/png', 4]);
      expect((await get(`${server.url}assets/missing.js`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
