/*
 * Page loads as a phone user has them, for any built PWA: Chromium on a 390×844 phone, the
 * CPU slowed 4× (Emulation.setCPUThrottlingRate) and, for a cold load, a fresh profile on the
 * issue's network (DevTools Network.emulateNetworkConditions: 150 ms latency, 1.6 Mbit/s down,
 * 750 kbit/s up). A warm load is a reload offline, everything from the service worker.
 * "Usable" is the first frame in which the app's marker (a CSS selector; for Quorum the
 * next-meeting heading) is in the page, visible and inside the viewport; it counts from the
 * start of the navigation (performance.now() in the page).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeUsable } from './requests.mjs';

export const PHONE = { width: 390, height: 844 };
export const COLD_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];
/** Quorum's marker: the next-meeting heading on screen (drawn from the early read, before start-up has opened the database). */
export const QUORUM_USABLE = 'main #next-title';

/** In the page, from its start: the first frame (or DOM change) at which `selector` is on screen. */
function watchUsable(selector) {
  let at;
  const onScreen = () => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const box = el.getBoundingClientRect();
    const visible = el.checkVisibility ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
    return visible && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  };
  const check = () => {
    if (at === undefined && onScreen()) at = performance.now();
    return at !== undefined;
  };
  Object.defineProperty(window, '__benchUsable', { get: () => at });
  const frame = () => {
    if (!check()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy', 'class', 'style', 'hidden'],
  });
}

/** A fresh profile (removed on close) on the phone, in `locale`; every request the browser sends is noted with its wall-clock time. */
export async function launchPhone({ locale = 'fr-FR', selector = QUORUM_USABLE, serviceWorkers = 'allow' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: PHONE,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale,
    timezoneId: 'America/New_York',
    serviceWorkers,
  });
  await context.addInitScript(watchUsable, selector);
  const sent = [];
  context.on('request', (request) => sent.push({ url: request.url(), at: Date.now(), worker: Boolean(request.serviceWorker()) }));
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  return {
    context,
    page,
    cdp,
    sent,
    throttleCpu: () => cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }),
    emulateNetwork: async (conditions = COLD_NETWORK) => {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', conditions);
    },
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits for the usable mark; returns it and the first contentful paint (page clock, ms). */
export async function usableMark(page, timeout = 120_000) {
  await page.waitForFunction(() => window.__benchUsable !== undefined, undefined, { timeout, polling: 50 });
  return page.evaluate(async () => ({
    usable: window.__benchUsable,
    origin: performance.timeOrigin,
    // Listed once the frame is presented: when the first paint is the usable frame itself, a
    // moment after the mark.
    fcp: await new Promise((resolve) => {
      const entry = performance.getEntriesByName('first-contentful-paint')[0];
      if (entry) return resolve(entry.startTime);
      new PerformanceObserver((list) => resolve(list.getEntriesByName('first-contentful-paint')[0]?.startTime)).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(undefined), 5000);
    }),
  }));
}

/**
 * One cold load of `url`: usable time, and what was requested before it (rounds after the
 * HTML, script bytes on the wire). Requests the page's Resource Timing does not list (its
 * service worker's, the browser's own) are counted from the browser's request log by time.
 */
export async function coldLoad(url, { locale, selector } = {}) {
  const b = await launchPhone({ locale, selector });
  try {
    await b.throttleCpu();
    await b.emulateNetwork();
    await b.page.goto(url, { waitUntil: 'commit' });
    const mark = await usableMark(b.page);
    // Entries are listed when their answer has come: let what was sent before "usable" arrive.
    await b.page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
    const { navigation, resources } = await b.page.evaluate(() => ({
      navigation: performance.getEntriesByType('navigation')[0].toJSON(),
      resources: performance.getEntriesByType('resource').map((e) => e.toJSON()),
    }));
    // Another origin's requests (a peer's map script) are listed apart: this machine reaches no other host.
    const origin = new URL(url).origin;
    const result = beforeUsable(
      navigation,
      resources.filter((r) => r.name.startsWith(origin)),
      mark.usable,
    );
    const foreign = b.sent.filter((s) => !s.url.startsWith(origin) && !/^(data|blob):/.test(s.url)).map((s) => s.url);
    const listed = new Set(resources.map((r) => r.name).concat(navigation.name));
    const usableWall = mark.origin + mark.usable;
    const unlisted = b.sent.filter((s) => s.at < usableWall && s.url.startsWith(origin) && !listed.has(s.url)).map((s) => s.url);
    return { usable: mark.usable, fcp: mark.fcp, ...result, unlisted, foreign };
  } finally {
    await b.close();
  }
}

/** Waits until a service worker controls the page and has finished installing (one reload if needed). */
export async function waitForWorker(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await usableMark(page);
  }
}

/** `runs` reloads of `url` offline once its service worker controls it: usable and first paint of each. */
export async function warmLoads(url, { locale, selector, runs }) {
  const b = await launchPhone({ locale, selector });
  try {
    await b.page.goto(url);
    await usableMark(b.page);
    await waitForWorker(b.page);
    // A worker may cache the app after it controls the page (Angular's does): until an offline
    // reload shows the marker, go back online and give it time.
    for (let tries = 1; ; tries++) {
      await b.page.waitForTimeout(2000);
      await b.context.setOffline(true);
      try {
        await b.page.reload({ waitUntil: 'commit' });
        await usableMark(b.page, 30_000);
        break;
      } catch (error) {
        if (tries === 15) throw new Error(`${url} does not load offline from its service worker: ${error}`, { cause: error });
        await b.context.setOffline(false);
        await b.page.goto(url).catch(() => {});
      }
    }
    await b.throttleCpu();
    const usable = [];
    const fcp = [];
    for (let i = 0; i < runs; i++) {
      await b.page.reload({ waitUntil: 'commit' });
      const mark = await usableMark(b.page, 60_000);
      usable.push(mark.usable);
      fcp.push(mark.fcp);
    }
    return { usable, fcp };
  } finally {
    await b.close();
  }
}
