/*
 * Debian's nginx for the end-to-end tests: started in the foreground on a free loopback port
 * with the repository's config (tests/servers/nginx.conf) over a web root the test fills,
 * stopped by the test. `.ci/run` installs nginx when missing (scripts/test-deps.mjs); without
 * it the test fails, saying so, and never skips.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = '/usr/sbin/nginx';

export type Nginx = {
  url: string;
  root: string;
  /** The access log's lines so far: "GET /plans/x/calendar.ics 304 "<If-None-Match>" "<If-Modified-Since>"". */
  log(): string[];
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export async function startNginx(root: string): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`npm test\`, which installs Debian's nginx.`);
  const prefix = mkdtempSync(join(tmpdir(), 'quorum-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const conf = readFileSync('tests/servers/nginx.conf', 'utf8')
    .replaceAll('@PREFIX@', prefix)
    .replaceAll('@ROOT@', resolve(root))
    .replaceAll('@PORT@', String(port));
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
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
