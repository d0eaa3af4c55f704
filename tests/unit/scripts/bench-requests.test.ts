// @vitest-environment node
/*
 * The benchmark's reading of a page load's requests (scripts/bench/requests.mjs): rounds after
 * the HTML counted by time, and the script bytes sent before the page was usable.
 */
import { describe, expect, it } from 'vitest';
import { beforeUsable, isBrowserOwn, isScript, withRounds } from '../../../scripts/bench/requests.mjs';

const nav = { name: 'http://h/', startTime: 0, responseEnd: 200 };
const entry = (name: string, startTime: number, responseEnd: number, encodedBodySize = 1000) => ({
  name: `http://h/${name}`,
  startTime,
  responseEnd,
  encodedBodySize,
});

describe('withRounds', () => {
  it('puts what the HTML asks for in round 1, and a request sent after an answer one round later', () => {
    const rounds = withRounds(nav, [entry('b.js', 420, 700), entry('a.js', 210, 400), entry('c.css', 215, 380), entry('d.js', 705, 900)]);
    expect(rounds.map((r) => [r.name.slice(9), r.round])).toEqual([
      ['a.js', 1],
      ['c.css', 1],
      ['b.js', 2],
      ['d.js', 3],
    ]);
  });

  it('keeps requests sent together in one round, however long each takes', () => {
    const rounds = withRounds(nav, [entry('a.js', 210, 400), entry('t.js', 500, 2000), entry('p.js', 505, 800), entry('q.js', 510, 900)]);
    expect(rounds.map((r) => r.round)).toEqual([1, 2, 2, 2]);
  });

  it('counts a request the preload scanner sends before the HTML has fully arrived as round 1', () => {
    expect(withRounds(nav, [entry('early.js', 150, 300)])[0]!.round).toBe(1);
  });
});

describe('beforeUsable', () => {
  it('counts only what was sent before usable, script bytes from scripts alone', () => {
    const resources = [entry('a.js', 210, 400, 5000), entry('s.css', 210, 380, 800), entry('t.mjs', 450, 600, 3000), entry('later.js', 1500, 1600, 9000)];
    const r = beforeUsable(nav, resources, 1000);
    expect(r.rounds).toBe(2);
    expect(r.jsFiles).toBe(2);
    expect(r.jsBytes).toBe(8000);
    expect(r.requests.map((q) => q.url)).toEqual(['http://h/a.js', 'http://h/s.css', 'http://h/t.mjs']);
  });

  it("lists the browser's own icon and manifest requests apart, out of the rounds", () => {
    const r = beforeUsable(
      nav,
      [entry('a.js', 210, 400), entry('favicon.svg', 450, 500), entry('icons/icon-192.png', 520, 600), entry('manifest.webmanifest', 210, 300)],
      1000,
    );
    expect(r.rounds).toBe(1);
    expect(r.browserOwn).toEqual(['http://h/favicon.svg', 'http://h/icons/icon-192.png', 'http://h/manifest.webmanifest']);
  });

  it('has no rounds and no bytes when nothing came before usable', () => {
    expect(beforeUsable(nav, [entry('a.js', 2000, 2100)], 1000)).toMatchObject({ rounds: 0, jsFiles: 0, jsBytes: 0, requests: [] });
  });
});

describe('what a URL is', () => {
  it('tells scripts by their path, whatever the query', () => {
    expect(isScript('http://h/assets/index-x.js')).toBe(true);
    expect(isScript('http://h/m.mjs?v=1')).toBe(true);
    expect(isScript('http://h/data.json')).toBe(false);
    expect(isScript('http://h/x.js.map')).toBe(false);
  });

  it("tells icons and manifests from the app's own data", () => {
    expect(isBrowserOwn('http://h/icons/a.png')).toBe(true);
    expect(isBrowserOwn('http://h/manifest.json')).toBe(true);
    expect(isBrowserOwn('http://h/plan.json')).toBe(false);
  });
});
