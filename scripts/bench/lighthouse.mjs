/*
 * Lighthouse's mobile performance score (its default configuration: a Moto G class phone,
 * simulated 150 ms round trips, 1.6 Mbit/s, CPU 4× slower) for a URL, in Debian's Chromium
 * started here headless with the no-sandbox flags and a fresh profile per run, in the
 * device language `lang` (navigator.languages, Accept-Language).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './page-load.mjs';

/** Starts Chromium with a DevTools port; resolves to { port, close }. */
function startChromium(lang) {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-lighthouse-'));
  const chrome = spawn(
    process.env.CHROME_PATH ?? CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
      '--remote-debugging-port=0',
      `--user-data-dir=${dir}`,
      'about:blank',
    ],
    // Its own process group, stopped as one: Chromium's helper processes (renderers, crash
    // handler) otherwise outlive it for a moment and keep writing into the profile removed below.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const close = async () => {
    try {
      process.kill(-chrome.pid, 'SIGTERM');
    } catch {
      chrome.kill(); // already gone
    }
    await new Promise((resolve) => (chrome.exitCode !== null ? resolve() : chrome.once('exit', resolve)));
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  return new Promise((resolve, reject) => {
    let text = '';
    chrome.stderr.on('data', (chunk) => {
      text += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text)?.[1];
      if (port) resolve({ port: Number(port), close });
    });
    chrome.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before DevTools was ready: ${text.slice(-500)}`)));
  });
}

/** One Lighthouse run: the performance score (0–100) and the metrics it is made of (ms). */
export async function lighthouseRun(url, lang = 'en-US') {
  const chrome = await startChromium(lang);
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const { lhr } = result;
    const metric = (id) => lhr.audits[id]?.numericValue;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      speedIndex: metric('speed-index'),
      cls: metric('cumulative-layout-shift'),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.close();
  }
}
