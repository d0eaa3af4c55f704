// Runs every suite: type check, lint, format, unused code, import rules, production build,
// unit + component + e2e tests (vitest), and ends with one line "N passed, N failed" summing them all. Exit status 0 only when all pass.
// First it installs what the tests need from the machine when it is missing (Chromium...), so
// that this command alone passes on a fresh Debian machine with Node.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { installTestDeps } from './install-test-deps.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status === 0;
let passed = 0;
let failed = 0;

console.log('\n▶ What the tests need from the machine (scripts/test-deps.mjs)');
// A missing browser fails the e2e tests anyway: this step says why, and the others still run.
if (installTestDeps()) passed++;
else failed++;

console.log('\n▶ Type check (svelte-check)');
if (run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'])) passed++;
else failed++;

// The rules a machine checks (README, "How it is built"): each tool is one step.
const checks = [
  ['Lint (ESLint: typescript-eslint, eslint-plugin-svelte)', 'lint'],
  ['Format (Prettier, --check)', 'format:check'],
  ['Unused files, exports and dependencies (knip)', 'knip'],
  ['Allowed imports between the parts (dependency-cruiser)', 'deps'],
];
for (const [title, script] of checks) {
  console.log(`\n▶ ${title}: npm run ${script}`);
  if (run('npm', ['run', '--silent', script])) passed++;
  else failed++;
}

console.log('\n▶ Production build (vite build)');
const built = run('npx', ['vite', 'build']);
if (built) passed++;
else failed++;

if (built) {
  console.log('\n▶ Unit, component and end-to-end tests (vitest)');
  mkdirSync('.tmp', { recursive: true });
  rmSync('.tmp/vitest.json', { force: true });
  run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json']);
  try {
    const report = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
    // A suite that crashed before running its tests (import error...) counts as a failure.
    failed += report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  } catch (error) {
    console.error('No vitest report could be read:', error.message);
    failed++;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
