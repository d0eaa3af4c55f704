// The app's TypeScript modules in Node, without a build: Vite's module runner, kept open while
// `use` runs (the app loads its message catalogs on demand). For `npm run publish` and the bench.
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

/** @template T @param {(load: (path: string) => Promise<any>) => Promise<T>} use */
export async function withModuleRunner(use) {
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
    return await use((path) => runner.import(path));
  } finally {
    await runner.close();
    await server.close();
  }
}
