/*
 * What a page load asked the network for, read from the page's own Resource Timing entries
 * (same clock as the "usable" mark): how many sequential rounds of requests came after the
 * HTML, and how many JavaScript bytes came before the page was usable. Pure functions, so
 * they have unit tests (tests/unit/scripts/bench-requests.test.ts).
 *
 * A round is counted by time, not by the browser's idea of who asked: a request is one round
 * after the latest round among the requests that had fully arrived when it was sent (the HTML
 * is round 0). That is an upper bound of the dependency depth: two requests sent together are
 * one round, a request that had to wait for another's answer is the next one. The browser's
 * own requests for the tab icon, the home-screen icons and the web manifest are listed but
 * not counted as rounds: no screen waits for them.
 */

/** @typedef {{ name: string, startTime: number, responseEnd: number, encodedBodySize?: number, transferSize?: number, initiatorType?: string }} Entry */

/** Each entry with its round (1 for what the HTML asks for, +1 per wait on an answer), in start order. */
export function withRounds(navigation, resources) {
  const done = [{ end: navigation.responseEnd, round: 0 }];
  return [...resources]
    .sort((a, b) => a.startTime - b.startTime)
    .map((entry) => {
      const before = done.filter((d) => d.end <= entry.startTime).reduce((max, d) => Math.max(max, d.round), 0);
      const round = before + 1;
      done.push({ end: entry.responseEnd, round });
      return { ...entry, round };
    });
}

/** A script by its URL (what the app's code is, whatever asked for it). */
export const isScript = (url) => /\.m?js$/.test(new URL(url, 'http://x/').pathname);

/** Icons and the web manifest, which the browser asks for by itself. */
export const isBrowserOwn = (url) => /\.(png|ico|svg|webmanifest)$|\/manifest\.json$/.test(new URL(url, 'http://x/').pathname);

/** The requests sent before `usableAt`, their rounds, and the script bytes as they came over the wire (gzip). */
export function beforeUsable(navigation, resources, usableAt) {
  const early = resources.filter((r) => r.startTime < usableAt);
  const own = early.filter((r) => isBrowserOwn(r.name)).map((r) => r.name);
  const sent = withRounds(
    navigation,
    early.filter((r) => !isBrowserOwn(r.name)),
  );
  const scripts = sent.filter((r) => isScript(r.name));
  return {
    requests: sent.map((r) => ({ url: r.name, round: r.round, bytes: r.encodedBodySize ?? 0, start: r.startTime, end: r.responseEnd })),
    rounds: sent.reduce((max, r) => Math.max(max, r.round), 0),
    jsFiles: scripts.length,
    jsBytes: scripts.reduce((total, r) => total + (r.encodedBodySize ?? 0), 0),
    browserOwn: own,
  };
}
