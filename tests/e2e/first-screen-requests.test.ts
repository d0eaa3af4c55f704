/*
 * The cold load's shape, from the request log (never its time): on a fresh profile, with 150 ms
 * of latency per request (DevTools network emulation, so that each round trip stands apart)
 * and the CPU slowed 4×, the overview's next-meeting heading comes after one round of requests
 * after the HTML (the language's first-screen strings and the default plan asked for beside the
 * app's code by index.html's first-requests script, scripts/first-requests.ts; at most two
 * rounds is the goal), and nothing the first screen does not need is asked for before it:
 * no service worker nor its precache download, no warm-up of other screens, no Dexie, no
 * other language's strings. Counted as the benchmark counts (scripts/bench/requests.mjs).
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { coldLoad } from '../../scripts/bench/page-load.mjs';

/**
 * Files that must wait until the first screen is shown: the worker, its bridge, other screens'
 * code, and start-up with Dexie (the overview is drawn from a read without it, db/first-read.ts).
 */
const NOT_BEFORE_USABLE = [
  /\/dexie-[^/]+\.js$/,
  /\/boot-[^/]+\.js$/,
  /\/sw\.js$/,
  /\/workbox-[^/]+\.js$/,
  /\/register-[^/]+\.js$/,
  /\/lazy-screens-[^/]+\.js$/,
  /\/(?!Overview)[A-Za-z]+Screen-[^/]+\.js$/,
];
// Another language's strings (i18n/messages/<lang>.ts and messages/<feature>/<lang>.ts, chunks named by their language).
const OTHER_TABLES: Record<string, RegExp> = { 'fr-FR': /\/assets\/(en|es|pt)-[^/]+\.js$/, 'en-US': /\/assets\/(fr|es|pt)-[^/]+\.js$/ };

describe('first screen requests', () => {
  for (const locale of ['fr-FR', 'en-US']) {
    it(`on a ${locale} device: one round after the HTML, and nothing else before the overview is usable`, async () => {
      const load = await coldLoad(inject('baseUrl'), { locale });
      const urls = load.requests.map((r) => r.url);
      expect(urls.length).toBeGreaterThan(0);
      expect(load.rounds, JSON.stringify(load.requests.map((r) => [r.round, r.url.split('/').pop()]))).toBe(1);
      // The strings and the plan are among that round: what the script preloads is what the app uses.
      const lang = locale.slice(0, 2);
      expect(urls.filter((url) => new RegExp(`/assets/(${lang}|mispa-iii)-[^/]+\\.js$`).test(url))).toHaveLength(2);
      // Requests the page's own list does not show (the worker's, the browser's) before usable: none.
      expect(load.unlisted).toEqual([]);
      expect(urls.filter((url) => NOT_BEFORE_USABLE.some((re) => re.test(url)))).toEqual([]);
      expect(urls.filter((url) => OTHER_TABLES[locale]!.test(url))).toEqual([]);
      expect(new Set(urls).size).toBe(urls.length);
    }, 120_000);
  }
});
