// Installs what the tests need on a Debian machine when it is missing (scripts/test-deps.mjs
// lists it), so that `npm test` alone passes on a fresh machine with Node: apt-get update runs
// once, only when something is missing; as root directly, else through sudo, else it says
// which command to run. `node scripts/install-test-deps.mjs` runs it alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fileOf, installSteps, missing, TEST_DEPS } from './test-deps.mjs';

const succeeds = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** Returns true when every dependency is there (installing what was missing). */
export function installTestDeps() {
  const absent = missing(existsSync, process.env, TEST_DEPS, process.arch);
  if (absent.length === 0) return true;
  for (const dep of TEST_DEPS.filter((d) => absent.includes(d.pkg)))
    console.log(`Missing ${fileOf(dep, process.env, process.arch)} (Debian package ${dep.pkg}): ${dep.why}.`);
  const isRoot = process.getuid?.() === 0;
  // sudo without a password, or with one typed at a terminal.
  const canSudo = !isRoot && (succeeds('sudo', ['-n', 'true']) || (Boolean(process.stdin.isTTY) && succeeds('sudo', ['--version'])));
  const steps = installSteps(absent, { isRoot, canSudo, hasAptGet: existsSync('/usr/bin/apt-get') });
  if (steps.message) {
    console.error(steps.message);
    return false;
  }
  for (const command of steps.commands) {
    console.log(`$ ${command.join(' ')}`);
    if (spawnSync(command[0], command.slice(1), { stdio: 'inherit' }).status !== 0) {
      console.error(`Installing ${absent.join(', ')} failed (see above).`);
      return false;
    }
  }
  const still = missing(existsSync, process.env, TEST_DEPS, process.arch);
  if (still.length > 0) console.error(`Still missing after installing: ${still.join(', ')}.`);
  return still.length === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(installTestDeps() ? 0 : 1);
