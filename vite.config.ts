/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { pwaPlugin } from './scripts/pwa-options.ts';
import { connectOriginsPlugin } from './scripts/connect-origins.ts';
import { firstRequestsPlugin } from './scripts/first-requests.ts';

export default defineConfig({
  // Relative base: the built app works from any folder of any static host.
  base: './',
  resolve: {
    // Dexie's package entry wraps its ES5 UMD build; its modern ES module build is the same
    // library, ~1.5 KB gzip smaller on the first screen.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  plugins: [svelte(), pwaPlugin(), connectOriginsPlugin(), firstRequestsPlugin()],
  build: {
    target: 'es2022',
    // One stylesheet for the whole app (about 3 KB gzip): lazy screens then need no CSS
    // requests of their own, and the first screen's script carries no table of CSS files.
    cssCodeSplit: false,
    // Budget checks read the build output; keep names stable and readable.
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Small modules the first screen shares with lazy screens would each be a chunk of
          // their own (eight requests, each with its own gzip and import overhead, and on a warm
          // load each a fetch the service worker answers in turn): one instead.
          groups: [
            {
              name: 'shared',
              test: /src[\\/]lib[\\/](i18n[\\/](fill|index|format)|domain[\\/](dates|text|meetings)|db[\\/]plan-mode-key|state[\\/](reads|database))\.ts$/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    // Two test files at a time, whatever the machine says: on 2 cores vitest would run one
    // (cores − 1), and most of an end-to-end test's time is the browser, the servers and the
    // service worker, not this process. The e2e files each use their own browser profile,
    // servers on free ports and temporary folders, so they run side by side too.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
          // Beside the e2e tests on 2 cores, a component test's lazy imports and worker reads can
          // take several seconds; its waits allow 10 s (tests/unit/setup.ts).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Beside another browser and the unit tests, a long end-to-end test can take twice
          // its time alone.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
