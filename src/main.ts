import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { boot } from './lib/db/boot.ts';
import { db } from './lib/db/db.ts';
import { initialLanguage, loadLanguage } from './lib/i18n/language.ts';
import { afterFirstScreen } from './lib/pwa/first-screen.ts';
import { router } from './lib/routing/router.svelte.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// Everything the first screen waits for is asked for now, together, so that none waits for
// another's answer (at most two rounds of requests after the HTML): the start-up checks and
// the database (with the default plan on a first visit, db/boot.ts), the interface
// language's first-screen strings (one small chunk per language, i18n/messages/<lang>.ts, that
// the service worker precaches), and the overview's own parts.
const language = loadLanguage(initialLanguage());
const booting = boot(db);
if (router.route.name === 'overview') {
  for (const part of [import('./lib/components/today/NextDeadline.svelte'), import('./lib/i18n/meeting-time.ts')]) {
    part.catch(() => undefined); // the screen imports it again when shown, and says so if it fails
  }
}
void language.then(() => mount(App, { target, props: { booting } }));
// The worker bridge (and with it the download of the whole precache) waits until the first
// screen is shown: on a slow network it would compete with it.
afterFirstScreen(() => void import('./lib/pwa/register.ts').then((m) => m.registerServiceWorker()));
