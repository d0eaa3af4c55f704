/*
 * Reads the production build: which files the first screen loads (the entry script, its
 * static imports and CSS, as index.html references them) and what the service worker
 * precaches, with their sizes. Used by the budget tests, the benchmark and `node scripts/build-stats.mjs`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Files index.html loads before the first screen: scripts, modulepreloads, stylesheets. */
export function firstScreenAssets(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
  const pick = (re) => tags.filter((tag) => re.test(tag)).map((tag) => join(dist, /(?:src|href)="(?:\.\/|\/)?([^"]+)"/.exec(tag)[1]));
  return {
    js: pick(/<script\b[^>]*type="module"|rel="modulepreload"/),
    css: pick(/rel="stylesheet"/),
  };
}

/** The precache manifest inlined in the generated service worker. */
export function precacheEntries(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = /precacheAndRoute\((\[[\s\S]*?\])\s*,/.exec(sw)?.[1];
  if (!list) throw new Error('No precache list found in sw.js');
  return [...list.matchAll(/\{url:"([^"]+)",revision:(null|"[^"]*")\}/g)].map((m) => ({
    url: m[1],
    revision: m[2] === 'null' ? null : m[2].slice(1, -1),
  }));
}

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Byte counts of the build: first-screen JS and CSS (raw and gzip) and the whole precache. */
export function buildStats(dist = 'dist') {
  const { js, css } = firstScreenAssets(dist);
  const sum = (files, size) => files.reduce((total, f) => total + size(f), 0);
  const raw = (f) => statSync(f).size;
  const precache = precacheEntries(dist);
  return {
    firstScreenJs: { files: js.length, raw: sum(js, raw), gzip: sum(js, gzipSize) },
    firstScreenCss: { files: css.length, raw: sum(css, raw), gzip: sum(css, gzipSize) },
    precache: {
      entries: precache.length,
      raw: sum(
        precache.map((e) => join(dist, e.url)),
        raw,
      ),
      gzip: sum(
        precache.map((e) => join(dist, e.url)),
        gzipSize,
      ),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(buildStats(process.argv[2] ?? 'dist'), null, 2));
