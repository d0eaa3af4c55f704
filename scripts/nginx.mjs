// Debian's nginx on a free loopback port with the repository's config (tests/servers/nginx.conf)
// over a web root the caller fills: for the end-to-end tests (tests/e2e/published-site.test.ts)
// and the followers' load check of `npm run bench` (scripts/bench/followers.mjs). Runs in the
// foreground, stopped by the caller. `npm test` installs nginx when missing (scripts/test-deps.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = '/usr/sbin/nginx';
const CONFIG = new URL('../tests/servers/nginx.conf', import.meta.url);

/** A port free on 127.0.0.1 now (the OS picks it; the server binds it a moment later). */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {{ port: number }} */ (server.address());
      server.close(() => done(port));
    });
  });
}

/** @param {string} root @param {{ workers?: number }} [options] */
export async function startNginx(root, options = {}) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`npm test\`, which installs Debian's nginx.`);
  const prefix = mkdtempSync(join(tmpdir(), 'quorum-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  let conf = readFileSync(CONFIG, 'utf8').replaceAll('@PREFIX@', prefix).replaceAll('@ROOT@', resolve(root)).replaceAll('@PORT@', String(port));
  if (options.workers) conf = conf.replace(/^worker_processes \d+;/m, `worker_processes ${options.workers};`);
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at start (${child.exitCode}): ${stderr}`);
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    root,
    log: () => readFileSync(join(prefix, 'access.log'), 'utf8').split('\n').filter(Boolean),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
