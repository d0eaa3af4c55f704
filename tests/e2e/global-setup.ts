/*
 * Serves the production build (dist/, with its service worker) on a free localhost port for
 * the end-to-end tests; builds it first when dist/ is missing (running this project alone).
 */
import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
