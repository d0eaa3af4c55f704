/*
 * Deterministic checks of the production build: the first screen's JavaScript and CSS stay
 * within budget (gzip), the precache holds the whole app without duplicates, and the web
 * manifest is complete. Reads dist/ (built by the test command or the e2e global setup).
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstScreenAssets, precacheEntries } from '../../scripts/build-stats.ts';

const KB = 1024;

describe('build output', () => {
  it('keeps the first screen JavaScript within 60 KB gzip and CSS within 15 KB gzip', () => {
    const { js, css } = firstScreenAssets('dist');
    const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    expect(js.length).toBeGreaterThan(0);
    expect(gz(js)).toBeLessThanOrEqual(60 * KB);
    expect(gz(css)).toBeLessThanOrEqual(15 * KB);
  });

  it('precaches every built file once, within 400 KB', () => {
    const entries = precacheEntries('dist');
    const urls = entries.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    expect(urls.some((u) => u.endsWith('.png'))).toBe(true);
    const total = urls.reduce((sum, url) => sum + statSync(`dist/${url}`).size, 0);
    expect(total).toBeLessThanOrEqual(400 * KB);
  });

  it('ships a complete web manifest', () => {
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
    expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Quorum', lang: 'fr', display: 'standalone', start_url: './', scope: './' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) expect(statSync(`dist/${icon.src}`).size).toBeGreaterThan(0);
  });

  it('bundles everything: no reference to another origin in the built code', () => {
    const { js, css } = firstScreenAssets('dist');
    for (const file of [...js, ...css, 'dist/index.html']) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/(?:src|href)=["']https?:\/\//g) ?? []).toEqual([]);
      expect(text.match(/url\(["']?https?:/g) ?? []).toEqual([]);
    }
  });
});
