import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { initialLanguage, loadLanguage } from './lib/i18n/language.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// The first screen's strings in the interface language (one small chunk per language, which
// the service worker precaches) are ready before the first paint.
void loadLanguage(initialLanguage()).then(() => mount(App, { target }));
// The worker bridge is not needed to show the first screen: load it after.
addEventListener('load', () => void import('./lib/pwa/register.ts').then((m) => m.registerServiceWorker()));
