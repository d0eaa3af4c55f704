/*
 * The PWA side of the build: web manifest and a Workbox service worker that precaches the
 * whole app (every JS chunk, including lazily loaded ones, CSS, HTML, icons), so that after
 * one visit the app works with no network at all. Registration is done by the app itself
 * through workbox-window (src/lib/pwa), with an update prompt: the new worker waits until
 * the user accepts.
 *
 * clientsClaim: the first worker takes control of the page it was installed from, so the very
 * first session works offline without a reload (an uncontrolled page fetches its lazy screens
 * from the network, and fails offline). It changes nothing for updates: a new worker still
 * waits (skipWaiting: false) until the user accepts and the page sends SKIP_WAITING; a worker
 * that activates then takes over the pages of the old one anyway, and the claim only adds
 * pages no worker controlled.
 */
import { VitePWA } from 'vite-plugin-pwa';

const THEME_COLOR = '#1d4e89';

/** Scripts the service worker imports (public/), the documents' first: it answers before Workbox. */
const WORKER_SCRIPTS = ['document-files.js', 'follow-sync.js', 'shared-sync.js'];

/**
 * A navigation to one of the site's files rather than to the app: a path whose last part has an
 * extension other than .html (the plan file, a calendar feed, follow-sync.js). The service worker
 * leaves it to the site instead of answering with the app's page.
 */
export const SITE_FILE = /\/[^/?]+\.(?!html?(?:\?|$))[^/?.]+(?:\?.*)?$/;

export function pwaPlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // Icons are precached by globPatterns below; listing them twice would duplicate entries.
    includeManifestIcons: false,
    manifest: {
      name: 'Quorum — plan de travail et calendrier',
      short_name: 'Quorum',
      description: 'Le plan de travail et le calendrier du groupe de travail, hors ligne.',
      lang: 'fr',
      dir: 'ltr',
      start_url: './',
      scope: './',
      id: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: THEME_COLOR,
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      // "Open with Quorum" for plan files and calendars, where the platform supports it (desktop
      // Chromium): the app starts on the import screen and reads the file from window.launchQueue
      // (src/lib/plan-files/launch-queue.ts), with the same checks and preview as a file picked in the app.
      file_handlers: [{ action: './#/open', accept: { 'application/json': ['.json'], 'text/calendar': ['.ics'] } }],
    },
    workbox: {
      // No webmanifest here: the plugin adds it itself.
      globPatterns: ['**/*.{js,css,html,svg,png,ico,txt}'],
      // The .ics reader's copy for pages without module workers (ical/ics-off-thread.ts): every
      // browser that runs the app offline has them and reads .ics in ics-worker's own copy, so
      // this 30 KB (gzip) is fetched only where it is used, never installed.
      // The worker's own scripts (importScripts below) are not precached either: the browser keeps
      // them with the worker when it installs it, and serves them to it offline.
      globIgnores: ['**/assets/ics-import-*.js', ...WORKER_SCRIPTS],
      navigateFallback: 'index.html',
      // A document's text, answered from the database by public/document-files.js, never the app's page;
      // nor a file of the site opened in the browser (a plan file, a calendar feed, a worker script).
      navigateFallbackDenylist: [/\/offline-documents\//, SITE_FILE],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: false,
      // Followed plans checked while the app is closed (Periodic Background Sync): public/follow-sync.js;
      // publishes to a shared folder that waited for the network (Background Sync): public/shared-sync.js;
      // the documents' texts held on the device, opened offline: public/document-files.js (first: it answers before Workbox).
      // The texts themselves are never precached: they are the user's data, in the database.
      importScripts: WORKER_SCRIPTS,
    },
  });
}
