import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import type { BootResult } from './lib/db/boot.ts';
import { firstRead } from './lib/db/first-read.ts';
import { MARKER_KEY } from './lib/db/marker-key.ts';
import { DATABASE_NAME, migrations } from './lib/db/migrations.ts';
import { initialLanguage, loadLanguage } from './lib/i18n/language.ts';
import { afterFirstPaint, afterFirstScreen } from './lib/pwa/first-screen.ts';
import { installPrompt } from './lib/pwa/install-prompt.svelte.ts';
import { router } from './lib/routing/router.svelte.ts';
import { openDatabaseWith } from './lib/state/database.ts';
import { earlyAnswered, showEarly } from './lib/state/early-reads.ts';

// The browser's install prompt may come before the app's own offer is loaded: kept from now on.
installPrompt.listen();
const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// Everything the first screen waits for is asked for now, together, so that none waits for
// another's answer (at most two rounds of requests after the HTML): the interface language's
// first-screen strings (one small chunk per language, i18n/messages/<lang>.ts, that the service
// worker precaches) and the overview's data: read from IndexedDB without Dexie
// (db/first-read.ts) or, on a first visit, the embedded default plan.
const language = loadLanguage(initialLanguage());
const overview = router.route.name === 'overview';
const defaultPlan = () => import('./data/mispa-iii.ts').then((m) => m.mispaIII);
const early = overview ? firstRead(DATABASE_NAME, migrations) : undefined;
let firstVisit = false;
if (early) {
  // A device with no data marker (db/data-marker.ts) holds nothing yet: the default plan it will
  // show is asked for now, beside the rest, not once the early read has found no database.
  try {
    firstVisit = localStorage.getItem(MARKER_KEY) === null;
    if (firstVisit) defaultPlan().catch(() => undefined);
  } catch {
    // Storage refused: start-up says so.
  }
  showEarly(early, defaultPlan);
}
// Start-up (Dexie, opening and seeding the database, db/boot.ts) is half the first screen's code:
// the overview, drawn from the early read, does not wait for it; it begins once that is shown.
// Any other screen, or a database the early read could not read, waits for it: it begins at once.
const booting = new Promise<BootResult>((resolve) => {
  let begun = false;
  const start = () => {
    if (begun) return;
    begun = true;
    resolve(
      Promise.all([import('./lib/db/boot.ts'), import('./lib/db/db.ts')]).then(
        ([{ boot }, { db }]) => boot(db),
        // Its code did not load (a first visit that lost the network): nothing can be stored.
        (error: unknown): BootResult => ({ ok: false, problem: 'other', detail: error instanceof Error ? error.message : String(error) }),
      ),
    );
  };
  if (!early) return start();
  afterFirstPaint(start);
  early.then((found) => found.kind === 'unknown' && start(), start);
});
openDatabaseWith(booting.then(async (result) => (result.ok ? (await import('./lib/db/db.ts')).db : new Promise<never>(() => {}))));
// On a first visit to the overview, the app is mounted once the default plan is known (or after
// FIRST_PAINT_WAIT ms, if it is slow to come): its first paint is then the overview with its
// data, one layout and paint fewer on a slow phone than a shell painted first and the overview
// after it (2026-12-06, cold loads at 4× CPU, 16 each: medians 1151 ms against 1296, then 1287
// against 1339 in a second run). On a device that holds data it is mounted at once: the shell
// is set up while IndexedDB answers.
const FIRST_PAINT_WAIT = 250;
const answered = firstVisit ? Promise.race([earlyAnswered(), new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT))]) : undefined;
void Promise.all([language, answered]).then(() => mount(App, { target, props: { booting } }));
// The worker bridge (and with it the download of the whole precache) waits until the first
// screen is shown: on a slow network it would compete with it.
afterFirstScreen(() => void import('./lib/pwa/register.ts').then((m) => m.registerServiceWorker()));
// Followed plans (state/following.ts) are checked once start-up has opened the database.
void booting.then((result) => result.ok && afterFirstScreen(() => void import('./lib/state/following.ts').then((m) => m.startFollowing())));
// Publishes to a shared folder that waited for the network (state/shared-outbox.ts) go out once start-up has opened the database.
void booting.then((result) => result.ok && afterFirstScreen(() => void import('./lib/state/shared-outbox.ts').then((m) => m.startSharedOutbox())));
