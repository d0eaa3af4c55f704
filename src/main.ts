import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });
// The worker bridge is not needed to show the first screen: load it after.
addEventListener('load', () => void import('./lib/pwa/register.ts').then((m) => m.registerServiceWorker()));
