// What the tests need from the machine beyond node_modules, as Debian packages and the file
// each provides, and how to install the missing ones: pure, so that a unit test can check the
// decision without touching the machine. scripts/install-test-deps.mjs carries it out; a new
// server or reader the tests drive is one line in TEST_DEPS.

// The strict .ics readers are run by tests/readers/check-ics.py with Debian's /usr/bin/python3.
const STRICT_READERS = 'tests/unit/ical/strict-readers.test.ts reads every kind of .ics export with it';

/** @type {readonly { pkg: string; file: string; env?: string; why: string }[]} */
export const TEST_DEPS = [
  // CHROMIUM_PATH points the e2e tests at another build (tests/e2e/browser.ts).
  { pkg: 'chromium', file: '/usr/bin/chromium', env: 'CHROMIUM_PATH', why: 'the end-to-end tests drive it' },
  // libical's GObject bindings (the checker imports ICalGLib); the typelib sits in the
  // machine's multiarch folder, which `fileOf` fills in.
  { pkg: 'gir1.2-ical-3.0', file: '/usr/lib/{multiarch}/girepository-1.0/ICalGLib-3.0.typelib', why: `libical: ${STRICT_READERS}` },
  { pkg: 'python3-gi', file: '/usr/lib/python3/dist-packages/gi/__init__.py', why: `Python's door to libical: ${STRICT_READERS}` },
  { pkg: 'python3-icalendar', file: '/usr/lib/python3/dist-packages/icalendar/__init__.py', why: `python-icalendar: ${STRICT_READERS}` },
  // Started by the tests themselves on a loopback port (scripts/nginx.mjs), never as a service.
  { pkg: 'nginx', file: '/usr/sbin/nginx', why: 'tests/e2e/published-site.test.ts serves the app and a published plan site with it' },
  // Started the same way, with its own config (scripts/apache.mjs): a WebDAV server with locks and ETags.
  { pkg: 'apache2', file: '/usr/sbin/apache2', why: 'the WebDAV shared-editing tests run it' },
];

/** Debian's multiarch folder name for Node's `process.arch` (x64 -> x86_64-linux-gnu). */
const MULTIARCH = {
  x64: 'x86_64-linux-gnu',
  arm64: 'aarch64-linux-gnu',
  arm: 'arm-linux-gnueabihf',
  ia32: 'i386-linux-gnu',
  ppc64: 'powerpc64le-linux-gnu',
  s390x: 's390x-linux-gnu',
  riscv64: 'riscv64-linux-gnu',
  loong64: 'loongarch64-linux-gnu',
};

/**
 * The file that stands for `dep`: its variable's value when set (another build), else the
 * package's, in the multiarch folder of `arch` (Node's names; x64 when unknown).
 */
export function fileOf(dep, env = {}, arch = 'x64') {
  return (dep.env && env[dep.env]) || dep.file.replace('{multiarch}', MULTIARCH[arch] ?? MULTIARCH.x64);
}

/** The packages whose file is missing, on a machine of `arch`. */
export function missing(exists, env = {}, deps = TEST_DEPS, arch = 'x64') {
  return [...new Set(deps.filter((dep) => !exists(fileOf(dep, env, arch))).map((dep) => dep.pkg))];
}

/**
 * How to install `packages`: commands to run (one apt-get update, then one install), as root
 * directly or else through sudo, or, when neither is possible, the message saying what to run.
 */
export function installSteps(packages, { isRoot, canSudo, hasAptGet }) {
  if (packages.length === 0) return { commands: [] };
  const manual = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  if (!hasAptGet) {
    return {
      message: `The tests need ${packages.join(', ')}, and this machine has no apt-get to install ${packages.length > 1 ? 'them' : 'it'}. On Debian, run: ${manual}`,
    };
  }
  if (!isRoot && !canSudo) {
    return {
      message: `The tests need the Debian package${packages.length > 1 ? 's' : ''} ${packages.join(', ')}, which only root can install. Run: ${manual}`,
    };
  }
  const prefix = isRoot ? [] : ['sudo'];
  const apt = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  return {
    commands: [
      [...apt, 'update', '-qq'],
      [...apt, 'install', '-y', '-qq', ...packages],
    ],
  };
}
