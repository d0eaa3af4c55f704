// The followers' load check of `npm run bench` (issue 15), never part of `npm test`: Debian's
// nginx on loopback (scripts/nginx.mjs, the repository's config) serving the default plan's
// published site (the app's own publishing code), and FOLLOWERS simulated followers that poll
// the plan file and the calendar feed for SECONDS, each with the validators of its own last
// copy (If-None-Match), at most CONCURRENCY requests in flight. Reports how many requests were
// answered 304, requests per second, and the latency's median and 99th percentile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { withModuleRunner } from '../module-runner.mjs';
import { startNginx } from '../nginx.mjs';

/** @param {{ followers?: number, seconds?: number, concurrency?: number }} [options] */
export async function followersLoad({ followers = 10_000, seconds = 20, concurrency = 64 } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'quorum-followers-'));
  await withModuleRunner(async (load) => {
    const [{ mispaIII }, { publishInto }] = await Promise.all([load('/src/data/mispa-iii.ts'), load('/src/lib/publishing/publish-folder.ts')]);
    const { writeFile, mkdir } = await import('node:fs/promises');
    const { dirname } = await import('node:path');
    const folder = {
      read: async () => undefined,
      has: async () => false,
      write: async (path, bytes) => {
        await mkdir(dirname(join(root, path)), { recursive: true });
        await writeFile(join(root, path), bytes);
      },
    };
    await publishInto(folder, { bundles: [mispaIII], app: 'Quorum bench', now: new Date() });
  });
  const { chmodSync } = await import('node:fs');
  chmodSync(root, 0o755);
  const nginx = await startNginx(root, { workers: 2 });
  const base = new URL(nginx.url);
  const paths = ['/plans/mispa-iii/plan.quorum.json', '/plans/mispa-iii/calendar.ics'];
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  /** One GET, as a follower's app or calendar makes it; resolves to its status, ETag and time. */
  const get = (path, etag) =>
    new Promise((resolve, reject) => {
      const started = process.hrtime.bigint();
      const req = request(
        { host: base.hostname, port: base.port, path, agent, headers: { 'accept-encoding': 'gzip', ...(etag ? { 'if-none-match': etag } : {}) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode, etag: res.headers.etag, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  const validators = Array.from({ length: followers }, () => [undefined, undefined]);
  const latencies = [];
  const statuses = new Map();
  let next = 0;
  const until = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const who = next++ % followers;
      const which = Math.floor(next / followers) % 2 === 0 ? 0 : 1;
      const answer = await get(paths[which], validators[who][which]);
      if (answer.etag) validators[who][which] = answer.etag;
      latencies.push(answer.ms);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
  };
  const started = Date.now();
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
    await nginx.stop();
    rmSync(root, { recursive: true, force: true });
  }
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  const total = latencies.length;
  return {
    followers,
    seconds: elapsed,
    concurrency,
    requests: total,
    notModifiedShare: (statuses.get(304) ?? 0) / total,
    statuses: Object.fromEntries(statuses),
    requestsPerSecond: total / elapsed,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const number = (name, fallback) => Number(process.env[name] ?? fallback);
  console.log(
    JSON.stringify(
      await followersLoad({
        followers: number('BENCH_FOLLOWERS', 10_000),
        seconds: number('BENCH_FOLLOWERS_SECONDS', 20),
        concurrency: number('BENCH_FOLLOWERS_CONCURRENCY', 64),
      }),
      null,
      2,
    ),
  );
}
