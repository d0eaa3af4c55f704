#!/usr/bin/env node
// `npm run publish -- <plan file> <out dir>`: runs scripts/publish/cli.ts, and the app's own
// publishing code it imports, in Vite's module runner (TypeScript, no build step).
import { withModuleRunner } from './module-runner.mjs';

process.exitCode = await withModuleRunner(async (load) => (await load('/scripts/publish/cli.ts')).main(process.argv.slice(2)));
