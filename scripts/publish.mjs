#!/usr/bin/env node
// `npm run publish -- <plan file> <out dir>`: runs scripts/publish/cli.ts, and the app's own
// publishing code it imports, in Vite's module runner (TypeScript, no build step). The runner
// stays open while the command runs: the app loads its message catalogs on demand.
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const server = await createServer({
  root: fileURLToPath(new URL('..', import.meta.url)),
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  const cli = await runner.import('/scripts/publish/cli.ts');
  process.exitCode = await cli.main(process.argv.slice(2));
} finally {
  await runner.close();
  await server.close();
}
