// Debian's Apache on a free loopback port with the repository's config (tests/servers/apache-dav.conf):
// the built app at / and a WebDAV folder at /dav/ behind Basic auth, for the tests of shared
// editing (several people writing one plan file, with ETags and locks). Runs in the foreground,
// stopped by the caller. `npm test` installs apache2 when missing (scripts/test-deps.mjs).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './nginx.mjs';

const APACHE = '/usr/sbin/apache2';
const CONFIG = new URL('../tests/servers/apache-dav.conf', import.meta.url);

/**
 * Who the workers run as. Apache started as root must drop to a user it is told (it refuses to
 * serve as root): Debian's www-data, who then owns what it writes. Started by anyone else it
 * cannot switch users, and runs as that user, named by number (`#1000`) so no lookup is needed.
 */
function runAs() {
  const uid = process.getuid?.() ?? 0;
  if (uid !== 0) return { user: `#${uid}`, group: `#${process.getgid?.() ?? uid}` };
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('www-data:'));
  if (!line) throw new Error('Apache started as root runs its workers as www-data, and this machine has no such user.');
  const [, , id, gid] = line.split(':');
  return { user: 'www-data', group: 'www-data', owner: { uid: Number(id), gid: Number(gid) } };
}

/** An htpasswd file: `{SHA}` lines (base64 of the password's SHA-1), which Apache reads as they are. */
function htpasswd(users) {
  return Object.entries(users)
    .map(([name, password]) => {
      if (!/^[^:\s]+$/.test(name)) throw new Error(`Not a user name for an htpasswd file: ${JSON.stringify(name)}`);
      return `${name}:{SHA}${createHash('sha1').update(password).digest('base64')}\n`;
    })
    .join('');
}

/** The temporary folder Apache works in, its config filled in; what the workers write is theirs. */
function preparePrefix(root, users, port) {
  const prefix = mkdtempSync(join(tmpdir(), 'quorum-apache-'));
  // Workers running as www-data (started as root) go through it to the users and the folders below.
  chmodSync(prefix, 0o755);
  const dav = join(prefix, 'dav');
  const lock = join(prefix, 'lock');
  mkdirSync(dav);
  mkdirSync(lock);
  writeFileSync(join(prefix, 'users'), htpasswd(users), { mode: 0o600 });
  const { user, group, owner } = runAs();
  if (owner) for (const path of [dav, lock, join(prefix, 'users')]) chownSync(path, owner.uid, owner.gid);
  const conf = readFileSync(CONFIG, 'utf8')
    .replaceAll('@PREFIX@', prefix)
    .replaceAll('@ROOT@', resolve(root))
    .replaceAll('@DAV@', dav)
    .replaceAll('@PORT@', String(port))
    .replaceAll('@USER@', user)
    .replaceAll('@GROUP@', group);
  writeFileSync(join(prefix, 'apache.conf'), conf);
  return { prefix, dav };
}

/** What Apache said before it stopped: on stderr before its error log opens, then in the log. */
function complaints(prefix, stderr) {
  const log = join(prefix, 'error.log');
  return [stderr, existsSync(log) ? readFileSync(log, 'utf8') : ''].filter(Boolean).join('\n').trim();
}

/** Resolves once `url` answers (any status); rejects if the server exits or 10 s pass first. */
async function answering(url, child, why) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`apache2 stopped at start (${child.exitCode}): ${why()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`apache2 did not answer on ${url}: ${why()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** @param {string} root @param {{ users: Record<string, string> }} options */
export async function startApache(root, { users }) {
  if (!existsSync(APACHE)) throw new Error(`${APACHE} is missing: run \`npm test\`, which installs Debian's apache2.`);
  const port = await freePort();
  const { prefix, dav } = preparePrefix(root, users, port);
  const child = spawn(APACHE, ['-f', join(prefix, 'apache.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    // SIGTERM: the parent stops its workers at once and exits (graceful-stop would wait for
    // the keep-alive connections fetch leaves open).
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await answering(url, child, () => complaints(prefix, stderr));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    davUrl: `${url}dav/`,
    davDir: dav,
    log: () => readFileSync(join(prefix, 'access.log'), 'utf8').split('\n').filter(Boolean),
    stop,
  };
}
