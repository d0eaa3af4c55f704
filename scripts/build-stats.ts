/*
 * Reads the production build: which files the first screen loads (the entry script, its
 * static imports and CSS, as index.html references them) and what the service worker
 * precaches. Used by the budget tests and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files index.html loads before the first screen: scripts, modulepreloads, stylesheets. */
export function firstScreenAssets(dist: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"[^>]*>/g)].map((m) => m[0]);
  const pick = (re: RegExp) =>
    refs.filter((tag) => re.test(tag)).map((tag) => join(dist, /(?:src|href)="\.?\/?([^"]+)"/.exec(tag)![1]!));
  return {
    js: pick(/<script\b[^>]*type="module"|rel="modulepreload"/),
    css: pick(/rel="stylesheet"/),
  };
}

export type PrecacheEntry = { url: string; revision: string | null };

/** The precache manifest inlined in the generated service worker. */
export function precacheEntries(dist: string): PrecacheEntry[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = /precacheAndRoute\((\[[\s\S]*?\])\s*,/.exec(sw)?.[1];
  if (!list) throw new Error('No precache list found in sw.js');
  return [...list.matchAll(/\{url:"([^"]+)",revision:(null|"[^"]*")\}/g)].map((m) => ({
    url: m[1]!,
    revision: m[2] === 'null' ? null : m[2]!.slice(1, -1),
  }));
}
