// What the tests need from the machine beyond node_modules, as Debian packages and the file
// each provides, and how to install the missing ones: pure, so that a unit test can check the
// decision without touching the machine. scripts/install-test-deps.mjs carries it out; a new
// server or reader the tests drive is one line in TEST_DEPS.

/** @type {readonly { pkg: string; file: string; env?: string; why: string }[]} */
export const TEST_DEPS = [
  // CHROMIUM_PATH points the e2e tests at another build (tests/e2e/browser.ts).
  { pkg: 'chromium', file: '/usr/bin/chromium', env: 'CHROMIUM_PATH', why: 'the end-to-end tests drive it' },
];

/** The file that stands for `dep`: its variable's value when set (another build), else the package's. */
export function fileOf(dep, env = {}) {
  return (dep.env && env[dep.env]) || dep.file;
}

/** The packages whose file is missing. */
export function missing(exists, env = {}, deps = TEST_DEPS) {
  return [...new Set(deps.filter((dep) => !exists(fileOf(dep, env))).map((dep) => dep.pkg))];
}

/**
 * How to install `packages`: commands to run (one apt-get update, then one install), as root
 * directly or else through sudo, or, when neither is possible, the message saying what to run.
 */
export function installSteps(packages, { isRoot, canSudo, hasAptGet }) {
  if (packages.length === 0) return { commands: [] };
  const manual = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  if (!hasAptGet) {
    return { message: `The tests need ${packages.join(', ')}, and this machine has no apt-get to install ${packages.length > 1 ? 'them' : 'it'}. On Debian, run: ${manual}` };
  }
  if (!isRoot && !canSudo) {
    return { message: `The tests need the Debian package${packages.length > 1 ? 's' : ''} ${packages.join(', ')}, which only root can install. Run: ${manual}` };
  }
  const prefix = isRoot ? [] : ['sudo'];
  const apt = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  return { commands: [[...apt, 'update', '-qq'], [...apt, 'install', '-y', '-qq', ...packages]] };
}
