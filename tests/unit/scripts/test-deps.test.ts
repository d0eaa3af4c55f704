// @vitest-environment node
/*
 * The part of `npm test` that decides what to install on the machine before the suites
 * (scripts/test-deps.mjs): which Debian packages are missing, and how to install them as
 * root, through sudo, or else which command to tell the user to run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileOf, installSteps, missing, TEST_DEPS } from '../../../scripts/test-deps.mjs';

const present =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('missing', () => {
  const READERS = [
    '/usr/lib/x86_64-linux-gnu/girepository-1.0/ICalGLib-3.0.typelib',
    '/usr/lib/python3/dist-packages/gi/__init__.py',
    '/usr/lib/python3/dist-packages/icalendar/__init__.py',
  ];
  const SERVERS = ['/usr/sbin/nginx', '/usr/sbin/apache2'];

  it('names the servers the tests start, nginx (published site) and apache2 (WebDAV), when they are not there', () => {
    expect(missing(present('/usr/bin/chromium', ...READERS))).toEqual(['nginx', 'apache2']);
    expect(missing(present('/usr/bin/chromium', ...READERS, '/usr/sbin/nginx'))).toEqual(['apache2']);
  });

  it('names chromium when /usr/bin/chromium is not there, and nothing once it is', () => {
    expect(missing(present(...READERS, ...SERVERS))).toEqual(['chromium']);
    expect(missing(present('/usr/bin/chromium', ...READERS, ...SERVERS))).toEqual([]);
  });

  it('names the strict .ics readers, libical and python-icalendar, the checker runs', () => {
    expect(missing(present('/usr/bin/chromium', ...SERVERS))).toEqual(['gir1.2-ical-3.0', 'python3-gi', 'python3-icalendar']);
    expect(missing(present('/usr/bin/chromium', ...SERVERS, ...READERS.slice(1)))).toEqual(['gir1.2-ical-3.0']);
    const checker = readFileSync('tests/readers/check-ics.py', 'utf8');
    expect(checker).toMatch(/require_version\('ICalGLib', '3\.0'\)/);
    expect(checker).toMatch(/^ +import icalendar$/m);
  });

  it('looks for libical in the multiarch folder of the machine’s architecture', () => {
    const libical = TEST_DEPS.find((dep) => dep.pkg === 'gir1.2-ical-3.0')!;
    expect(fileOf(libical, {}, 'x64')).toBe('/usr/lib/x86_64-linux-gnu/girepository-1.0/ICalGLib-3.0.typelib');
    expect(fileOf(libical, {}, 'arm64')).toBe('/usr/lib/aarch64-linux-gnu/girepository-1.0/ICalGLib-3.0.typelib');
    const arm = present('/usr/bin/chromium', ...SERVERS, '/usr/lib/aarch64-linux-gnu/girepository-1.0/ICalGLib-3.0.typelib', ...READERS.slice(1));
    expect(missing(arm, {}, TEST_DEPS, 'arm64')).toEqual([]);
    expect(missing(arm, {}, TEST_DEPS, 'x64')).toEqual(['gir1.2-ical-3.0']);
  });

  it('looks for the browser CHROMIUM_PATH names, when it is set', () => {
    expect(missing(present('/opt/chromium/chrome', ...READERS, ...SERVERS), { CHROMIUM_PATH: '/opt/chromium/chrome' })).toEqual([]);
    expect(missing(present('/usr/bin/chromium', ...READERS, ...SERVERS), { CHROMIUM_PATH: '/opt/chromium/chrome' })).toEqual(['chromium']);
    expect(fileOf(TEST_DEPS[0]!, { CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
  });

  it('names each package once, in the list’s order, however many of its files are missing', () => {
    const deps = [
      { pkg: 'python3-gi', file: '/usr/lib/python3/dist-packages/gi/__init__.py', why: 'a reader' },
      { pkg: 'nginx', file: '/usr/sbin/nginx', why: 'a server' },
      { pkg: 'python3-gi', file: '/usr/lib/python3/dist-packages/gi/overrides/__init__.py', why: 'a reader' },
    ];
    expect(missing(present(), {}, deps)).toEqual(['python3-gi', 'nginx']);
    expect(missing(present('/usr/sbin/nginx'), {}, deps)).toEqual(['python3-gi']);
  });

  it('lists each dependency as a Debian package and the absolute path of a file it installs', () => {
    for (const dep of TEST_DEPS) {
      expect(dep.pkg).toMatch(/^[a-z0-9][a-z0-9.+-]+$/);
      expect(dep.file.startsWith('/')).toBe(true);
      expect(dep.why.length).toBeGreaterThan(0);
    }
  });
});

describe('installSteps', () => {
  const machine = { isRoot: true, canSudo: false, hasAptGet: true };

  it('does nothing, not even apt-get update, when nothing is missing', () => {
    expect(installSteps([], machine)).toEqual({ commands: [] });
  });

  it('as root: one apt-get update, then one install of every missing package', () => {
    const { commands } = installSteps(['chromium', 'nginx'], machine);
    expect(commands).toEqual([
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium', 'nginx'],
    ]);
  });

  it('as another user, through sudo when it may', () => {
    const { commands } = installSteps(['chromium'], { ...machine, isRoot: false, canSudo: true });
    expect(commands?.map((c) => c[0])).toEqual(['sudo', 'sudo']);
    expect(commands?.[1]?.slice(-1)).toEqual(['chromium']);
  });

  it('else says which command to run, and runs none', () => {
    const steps = installSteps(['chromium'], { ...machine, isRoot: false, canSudo: false });
    expect(steps.commands).toBeUndefined();
    expect(steps.message).toContain('chromium');
    expect(steps.message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
    const noApt = installSteps(['chromium'], { ...machine, hasAptGet: false });
    expect(noApt.commands).toBeUndefined();
    expect(noApt.message).toContain('apt-get install -y chromium');
  });
});

describe('one place installs', () => {
  it('npm test installs before the suites, and .ci/run leaves it to npm test', () => {
    const testAll = readFileSync('scripts/test-all.mjs', 'utf8');
    expect(testAll.indexOf('installTestDeps()')).toBeGreaterThan(-1);
    expect(testAll.indexOf('installTestDeps()')).toBeLessThan(testAll.indexOf("'svelte-check'"));
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).not.toMatch(/apt-get|chromium/);
    expect(ci).toMatch(/npm ci[^\n]*\nnpm test\n/);
  });
});
