/*
 * `npm run bench`: builds the app, serves dist/ with `vite preview` and measures it in Debian's
 * Chromium (/usr/bin/chromium, through playwright-core) on a 390×844 phone viewport with the
 * CPU slowed 4x (DevTools `Emulation.setCPUThrottlingRate`). Prints one table and writes it,
 * with every sample, to bench-results/bench.json. See README "Benchmark" for how to read it.
 *
 * - Bytes: scripts/build-stats.mjs (first-screen JS/CSS raw and gzip, whole precache).
 * - First visit (fresh profile, slow 4G: 562.5 ms latency, 1.6 Mbps down, 750 kbps up) and
 *   repeat visit offline (service worker, `context.setOffline(true)` + reload): first
 *   contentful paint and "overview usable" (main[aria-busy=false] h1 and the next-meeting
 *   section in the DOM), both from the navigation start, as performance.now() in the page.
 * - Large plan (generatePlan, seed 1: 2,000 meetings, 20,000 agenda items, 500 mandates): the
 *   app's own modules (seedOnce, buildCalendar, exportPlans, readPlanFileOffThread, previewImport, applyImport,
 *   buildSearchIndex/search) are built by Vite from scripts/bench/lab.ts and run in the app's
 *   page (same origin, same throttled CPU, real IndexedDB), served at /__bench/lab.js by
 *   request interception; nothing is added to the app. The calendar and its month windows
 *   (followed one by one through "Later months" to the last) are the built app itself, on the
 *   large plan made current.
 * - Large calendars into the large plan (tests/unit/ical/ics-files.ts generates them in the
 *   page): a 10 MB .ics of 12,000 events read, parsed and merged in the .ics worker then
 *   previewed, and a 100,000-event one refused by the event cap (readIcsFileOffThread).
 * - Main-thread blocking: an init script keeps every 'longtask' entry of the page; for each
 *   large-plan operation the table gives the longest task that overlapped it (goal ≤ 200 ms).
 * - Page loads (scripts/bench/page-load.mjs), on fr and en devices, served with gzip by
 *   scripts/bench/static-server.mjs: cold (fresh profile, 150 ms latency, 1.6 Mbit/s down,
 *   750 kbit/s up by Network.emulateNetworkConditions) and warm (offline, from the service
 *   worker) loads to "usable" (the next-meeting heading on screen); the JS (gzip, on the wire)
 *   and the rounds of requests after the HTML before usable (scripts/bench/requests.mjs); the
 *   Lighthouse mobile performance score (scripts/bench/lighthouse.mjs, BENCH_LIGHTHOUSE_RUNS,
 *   default min(RUNS, 3)). `--peer <dir> --peer-usable <selector> [--peer-name n] [--peer-path p]` measures
 *   another built PWA the same way in the same run; `--only-loads` measures only page loads.
 * - Agenda outcomes on the large plan: from the tap on an outcome button to the meeting screen
 *   showing it, and the longest main-thread task meanwhile.
 * - Followers (scripts/bench/followers.mjs): 10,000 simulated followers of the published default
 *   plan polling its file and its feed with validators against nginx on loopback for 20 s: the
 *   share answered 304, requests per second, the 99th-percentile latency. `--only-followers` runs it alone.
 * Every timing is the median of RUNS (default 5, BENCH_RUNS=n to change) with min–max.
 * `npm run bench -- --no-build` measures the dist/ already there; `-- --only-ics` seeds the large
 * plan and measures only the large calendars (figures it skips print "not measured"). Wall-clock figures: never
 * part of `npm test`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { basename, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildStats } from './build-stats.mjs';
import { followersLoad } from './bench/followers.mjs';
import { lighthouseRun } from './bench/lighthouse.mjs';
import { COLD_NETWORK, coldLoad, FLAGS, PHONE as VIEWPORT, QUORUM_USABLE, warmLoads } from './bench/page-load.mjs';
import { serveStatic } from './bench/static-server.mjs';
import { formatTable, meets, summarize } from './bench/stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Lighthouse runs are long (about 30 s each): fewer by default. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? Math.min(RUNS, 3));
/** `--only-ics`: the large plan seeded, then only its large-calendar step (read in the worker, preview). */
const ONLY_ICS = process.argv.includes('--only-ics');
/** `--only-loads`: the page loads only (cold, warm, JS, rounds, Lighthouse; the peer's too), no large plan. */
const ONLY_LOADS = process.argv.includes('--only-loads');
/** `--only-followers`: only the followers' load check against nginx (scripts/bench/followers.mjs). */
const ONLY_FOLLOWERS = process.argv.includes('--only-followers');
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
/** `--peer <dir> --peer-usable <selector> [--peer-name <name>]`: another built PWA measured beside Quorum. */
const PEER = option('--peer') && {
  dir: resolve(option('--peer')),
  selector:
    option('--peer-usable') ??
    (() => {
      throw new Error('--peer needs --peer-usable <CSS selector of its usable marker>');
    })(),
  name: option('--peer-name') ?? basename(resolve(option('--peer'))),
  locale: option('--peer-locale') ?? 'en-US',
  /** The page it opens on (a fresh profile at / may be sent to a tutorial first). */
  path: option('--peer-path') ?? '',
};
/** The device languages the page loads are measured in. */
const DEVICES = [
  ['fr', 'fr-FR'],
  ['en', 'en-US'],
];
const LARGE = { seed: 1, meetings: 2000, agendaItems: 20_000, mandates: 500 };
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const OUT = 'bench-results';
const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

/** Records, in the page, when each selector first matches (performance.now(), from navigation start). */
function markWhenPresent(selectors) {
  const marks = {};
  Object.defineProperty(window, '__benchMarks', { value: marks });
  const check = () => {
    for (const [name, list] of Object.entries(selectors)) {
      if (marks[name] === undefined && list.every((s) => document.querySelector(s))) marks[name] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-started'] });
}
/**
 * Keeps every long task (> 50 ms on the main thread) the page has, from its very start, and
 * answers "the longest task overlapping [from, to]" (performance.now() times; 0 when none).
 */
function recordLongTasks() {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  Object.defineProperty(window, '__benchLongestTask', {
    // A task's entry arrives after it ends: wait one macrotask, then take what is pending.
    value: async (from, to) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      tasks.push(...observer.takeRecords());
      return tasks.filter((t) => t.startTime < to && t.startTime + t.duration > from).reduce((max, t) => Math.max(max, t.duration), 0);
    },
  });
}
const MARKS = {
  // The overview's data on screen, main no longer busy: on a device that holds data, drawn
  // from the early read, before start-up has opened the database.
  usable: ['main[aria-busy="false"] h1', 'main[aria-busy="false"] section[aria-labelledby="next-title"]'],
  // Start-up over (Dexie, the open database, the lost-data check): writes go through at once.
  started: ['main[data-started] h1'],
  calendarMonth: ['main[aria-busy="false"] h2.month'],
};

async function launch({ serviceWorkers = 'allow' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
    timezoneId: 'America/New_York',
    serviceWorkers,
  });
  await context.addInitScript(markWhenPresent, MARKS);
  await context.addInitScript(recordLongTasks);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  return {
    context,
    page,
    cdp,
    throttleCpu: () => cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }),
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function pageMarks(page, name) {
  await page.waitForFunction((n) => window.__benchMarks?.[n] !== undefined, name, { timeout: 120_000 });
  return page.evaluate(async (n) => {
    const fcp = await new Promise((resolve) => {
      const entry = performance.getEntriesByName('first-contentful-paint')[0];
      if (entry) return resolve(entry.startTime);
      new PerformanceObserver((list) => resolve(list.getEntriesByName('first-contentful-paint')[0]?.startTime)).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(undefined), 5000);
    });
    return { fcp, at: window.__benchMarks[n] };
  }, name);
}

/** The longest main-thread task of `page` overlapping [from, to] (its performance.now() clock). */
const longestTask = (page, from, to) => page.evaluate(([f, t]) => window.__benchLongestTask(f, t), [from, to]);

async function waitForWorker(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"][data-started] h1');
  }
}

async function firstVisits(baseUrl) {
  const fcp = [];
  const usable = [];
  for (let i = 0; i < RUNS; i++) {
    const b = await launch();
    try {
      await b.throttleCpu();
      await b.cdp.send('Network.enable');
      await b.cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await b.page.goto(baseUrl, { waitUntil: 'commit' });
      const m = await pageMarks(b.page, 'usable');
      fcp.push(m.fcp);
      usable.push(m.at);
    } finally {
      await b.close();
    }
  }
  return { fcp, usable };
}

async function repeatVisitsOffline(baseUrl) {
  const b = await launch();
  try {
    await b.page.goto(baseUrl);
    await b.page.waitForSelector('main[aria-busy="false"][data-started] h1');
    await waitForWorker(b.page);
    await b.throttleCpu();
    await b.context.setOffline(true);
    const fcp = [];
    const usable = [];
    const startupOver = [];
    for (let i = 0; i < RUNS; i++) {
      await b.page.reload({ waitUntil: 'commit' });
      const m = await pageMarks(b.page, 'usable');
      fcp.push(m.fcp);
      usable.push(m.at);
      // Each visit ends once start-up has: the next reload does not cut its work short.
      startupOver.push((await pageMarks(b.page, 'started')).at);
    }
    return { fcp, usable, started: startupOver };
  } finally {
    await b.close();
  }
}

/** Everything on the large plan, in one profile whose page may import /__bench/lab.js. */
async function largePlan(baseUrl, labSource) {
  const b = await launch({ serviceWorkers: 'block' });
  const { page } = b;
  const labUrl = new URL('__bench/lab.js', baseUrl).href;
  await page.route(labUrl, (route) => route.fulfill({ body: labSource, contentType: 'text/javascript' }));
  // The lab's own chunks (the read workers, modules lab.js shares with them), emitted beside lab.js.
  await page.route(new URL('__bench/**', baseUrl).href, (route) =>
    route.fulfill({
      path: join(OUT, 'lab', new URL(route.request().url()).pathname.split('/__bench/')[1]),
      contentType: 'text/javascript',
    }),
  );
  const r = {};
  try {
    await page.goto(baseUrl);
    await page.waitForSelector('main[aria-busy="false"][data-started] h1');
    await b.throttleCpu();
    const inPage = (fn, arg) => page.evaluate(fn, { labUrl, ...arg });

    log('large plan: generate and seed');
    r.generate = [];
    r.seed = [];
    r.seedLongest = [];
    for (let i = 0; i < RUNS; i++) {
      const t = await inPage(
        async ({ labUrl, LARGE, i }) => {
          const lab = await import(labUrl);
          const t0 = performance.now();
          const bundle = lab.generatePlan(LARGE);
          const t1 = performance.now();
          const db = new lab.QuorumDatabase(`bench-seed-${i}`);
          await db.open();
          const t2 = performance.now();
          await lab.seedOnce(db, 'bench', bundle);
          const t3 = performance.now();
          await db.delete();
          window.__benchBundle = bundle;
          return { generate: t1 - t0, seed: t3 - t2, seedLongest: await window.__benchLongestTask(t2, t3) };
        },
        { LARGE, i },
      );
      r.generate.push(t.generate);
      r.seed.push(t.seed);
      r.seedLongest.push(t.seedLongest);
    }
    // The large plan becomes the app's current plan, in the app's own database.
    await inPage(async ({ labUrl }) => {
      const lab = await import(labUrl);
      const db = new lab.QuorumDatabase();
      await lab.seedOnce(db, 'bench-large', window.__benchBundle);
      await db.meta.put({ key: lab.CURRENT_PLAN_KEY, value: window.__benchBundle.plan.id });
      db.close();
    });
    const { outcomeMeeting, largePlanId } = await page.evaluate(() => ({
      outcomeMeeting: window.__benchBundle.agendaItems[0].meetingId,
      largePlanId: window.__benchBundle.plan.id,
    }));

    if (!ONLY_ICS) {
      log('large plan: search');
      r.searchSmall = [];
      r.searchIndex = [];
      r.searchKeystroke = [];
      r.searchLongest = [];
      const QUERY = 'coopération régionale';
      for (let i = 0; i < RUNS; i++) {
        const t = await inPage(
          async ({ labUrl, QUERY }) => {
            const lab = await import(labUrl);
            // The default plan first: each keystroke must be answered within a frame (16 ms).
            const small = lab.buildSearchIndex(lab.mispaIII);
            const smallKeys = [];
            for (const query of ['s', 'se', 'sec', 'secu', 'securite', 'ag/res 2692']) {
              await new Promise((resolve) => setTimeout(resolve, 0));
              const k0 = performance.now();
              lab.search(small, query);
              smallKeys.push(performance.now() - k0);
            }
            const t0 = performance.now();
            const index = lab.buildSearchIndex(window.__benchBundle);
            const t1 = performance.now();
            const keys = [];
            let from;
            for (let n = 1; n <= QUERY.length; n++) {
              // Each keystroke is its own task, as typing is in the app.
              await new Promise((resolve) => setTimeout(resolve, 0));
              const k0 = performance.now();
              from ??= k0;
              lab.search(index, QUERY.slice(0, n));
              keys.push(performance.now() - k0);
            }
            return { index: t1 - t0, keys, smallKeys, keysLongest: await window.__benchLongestTask(from, performance.now()) };
          },
          { QUERY },
        );
        r.searchSmall.push(...t.smallKeys);
        r.searchIndex.push(t.index);
        r.searchKeystroke.push(...t.keys);
        r.searchLongest.push(t.keysLongest);
      }

      log('large plan: .ics');
      // What the user waits for: the export as the interface runs it (in slices, pausing for
      // input between them), from the call to the finished text; and the longest main-thread
      // task that started meanwhile (Long Tasks API), which must stay under 200 ms.
      r.ics = [];
      r.icsLongest = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await inPage(async ({ labUrl }) => {
          const lab = await import(labUrl);
          const b = window.__benchBundle;
          await new Promise((resolve) => setTimeout(resolve, 0));
          const t0 = performance.now();
          const text = await lab.buildCalendarInSlices({
            plan: b.plan,
            meetings: b.meetings,
            agendaItems: b.agendaItems,
            reminder: 'none',
            now: new Date('2024-01-15T12:00:00Z'),
          });
          const t1 = performance.now();
          return { ms: t1 - t0, bytes: text.length, longest: await window.__benchLongestTask(t0, t1) };
        });
        r.ics.push(t.ms);
        r.icsLongest.push(t.longest);
        r.icsChars = t.bytes;
      }

      log('large plan: plan file export/import');
      // The large plan itself, as the app runs it: export (text, then the Blob handed off), read and
      // check (in the read worker) then preview into an empty database, then apply (one transaction).
      r.fileExport = [];
      r.fileRead = [];
      r.fileApply = [];
      r.fileTotal = [];
      r.exportLongest = [];
      r.readLongest = [];
      r.applyLongest = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await inPage(
          async ({ labUrl, i }) => {
            const lab = await import(labUrl);
            const source = new lab.QuorumDatabase();
            const t0 = performance.now();
            const { text } = await lab.exportPlans(source, [window.__benchBundle.plan.id], new Date('2024-01-15T12:00:00Z'));
            const blob = new Blob(await lab.fileParts(text), { type: 'application/json' }); // as the app hands the file off
            const t1 = performance.now();
            source.close();
            const target = new lab.QuorumDatabase(`bench-import-${i}`);
            await target.open();
            const t2 = performance.now();
            const read = await lab.readPlanFileOffThread(blob);
            if (!read.ok) throw new Error(`plan file refused: ${JSON.stringify(read.problems).slice(0, 300)}`);
            const preview = await lab.previewImport(target, read.file);
            if (!preview.canApply) throw new Error('plan file cannot be applied');
            const t3 = performance.now();
            await lab.applyImport(target, read.file);
            const t4 = performance.now();
            await target.delete();
            const longest = window.__benchLongestTask;
            return {
              exportMs: t1 - t0,
              readMs: t3 - t2,
              applyMs: t4 - t3,
              totalMs: t1 - t0 + t4 - t2,
              bytes: blob.size,
              exportLongest: await longest(t0, t1),
              readLongest: await longest(t2, t3),
              applyLongest: await longest(t3, t4),
            };
          },
          { i },
        );
        r.fileExport.push(t.exportMs);
        r.fileRead.push(t.readMs);
        r.fileApply.push(t.applyMs);
        r.fileTotal.push(t.totalMs);
        r.exportLongest.push(t.exportLongest);
        r.readLongest.push(t.readLongest);
        r.applyLongest.push(t.applyLongest);
        r.fileBytes = t.bytes;
      }
    }

    log('large plan: large calendars (.ics worker)');
    // From the file chosen to the answer: the preview of a 10 MB calendar, the refusal of a
    // 100,000-event one; the page's longest task meanwhile (the reading is in the worker).
    r.icsImport = [];
    r.icsReadLongest = [];
    r.icsPreviewLongest = [];
    r.icsRefuse = [];
    r.icsRefuseLongest = [];
    for (let i = 0; i < RUNS; i++) {
      const t = await inPage(async ({ labUrl }) => {
        const lab = await import(labUrl);
        const db = new lab.QuorumDatabase();
        const target = await lab.loadPlanBundle(db, window.__benchBundle.plan.id);
        const now = new Date('2024-01-15T12:00:00Z');
        const large = new Blob([lab.generatedCalendar(12_000, 700)], { type: 'text/calendar' });
        const huge = new Blob([lab.generatedCalendar(100_000)], { type: 'text/calendar' });
        const longest = window.__benchLongestTask;
        await new Promise((resolve) => setTimeout(resolve, 0));
        const t0 = performance.now();
        const read = await lab.readIcsFileOffThread(large, target, now);
        if (!read.ok) throw new Error(`calendar refused: ${JSON.stringify(read.problems).slice(0, 300)}`);
        const tRead = performance.now();
        await lab.previewImport(db, read.file);
        const t1 = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 0));
        const t2 = performance.now();
        const refused = await lab.readIcsFileOffThread(huge, target, now);
        if (refused.ok) throw new Error('100,000 events were not refused');
        const t3 = performance.now();
        db.close();
        return {
          importMs: t1 - t0,
          refuseMs: t3 - t2,
          bytes: large.size,
          readLongest: await longest(t0, tRead),
          previewLongest: await longest(tRead, t1),
          refuseLongest: await longest(t2, t3),
        };
      });
      r.icsImport.push(t.importMs);
      r.icsReadLongest.push(t.readLongest);
      r.icsPreviewLongest.push(t.previewLongest);
      r.icsRefuse.push(t.refuseMs);
      r.icsRefuseLongest.push(t.refuseLongest);
      r.icsImportBytes = t.bytes;
    }

    if (ONLY_ICS) return r;
    log('large plan: overview, calendar, month windows, memory');
    r.overviewUsable = [];
    r.overviewStarted = [];
    r.overviewLongest = [];
    r.calendarCold = [];
    r.calendarColdLongest = [];
    r.calendarInApp = [];
    r.calendarLongest = [];
    r.windowChange = [];
    r.windowLongest = [];
    r.memoryOverview = [];
    r.memoryCalendar = [];
    const heap = () =>
      page.evaluate(async () => {
        for (let k = 0; k < 3; k++) window.gc?.();
        return performance.memory ? performance.memory.usedJSHeapSize / 1048576 : undefined;
      });
    // Work a screen does just after it shows counts too: a task that starts within this tail.
    const SETTLE = 250;
    const settle = () => page.waitForTimeout(SETTLE);
    for (let i = 0; i < RUNS; i++) {
      await page.goto('about:blank');
      await page.goto(baseUrl, { waitUntil: 'commit' });
      const usable = (await pageMarks(page, 'usable')).at;
      r.overviewUsable.push(usable);
      // Drawn from the early read: start-up (opening the large plan's database) may still run.
      const started = (await pageMarks(page, 'started')).at;
      r.overviewStarted.push(started);
      await settle();
      r.overviewLongest.push(await longestTask(page, 0, Math.max(usable, started) + SETTLE));
      r.memoryOverview.push(await heap());
      // In the app: from the tap (hash change) to the first month's heading.
      const open = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const t0 = performance.now();
            const seen = () => document.querySelector('main[aria-busy="false"] h2.month');
            new MutationObserver((_, observer) => {
              if (seen()) {
                observer.disconnect();
                resolve({ t0, t1: performance.now() });
              }
            }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-started'] });
            setTimeout(
              () =>
                reject(
                  new Error(
                    `calendar did not render: ${location.hash}, busy=${document.querySelector('main')?.getAttribute('aria-busy')}, months=${document.querySelectorAll('h2.month').length}, h1=${document.querySelector('h1')?.textContent}`,
                  ),
                ),
              60_000,
            );
            location.hash = '#/calendar';
          }),
      );
      r.calendarInApp.push(open.t1 - open.t0);
      await settle();
      r.calendarLongest.push(await longestTask(page, open.t0, open.t1 + SETTLE));
      r.memoryCalendar.push(await heap());
      // Every month window from the first to the last, following "Later months" (rel=next).
      await page.evaluate(() => {
        location.hash = '#/calendar?month=0001-01';
      });
      await page.waitForFunction(() => !document.querySelector('main a[rel="prev"]') && document.querySelector('main[aria-busy="false"] h2.month'));
      for (;;) {
        const step = await page.evaluate(
          () =>
            new Promise((resolve, reject) => {
              const link = document.querySelector('main a[rel="next"]');
              if (!link) return resolve(undefined);
              const before = document.querySelector('h2.month')?.id;
              const t0 = performance.now();
              const shown = () => document.querySelector('main[aria-busy="false"] h2.month')?.id;
              new MutationObserver((_, observer) => {
                if (shown() && shown() !== before) {
                  observer.disconnect();
                  resolve({ t0, t1: performance.now() });
                }
              }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-started'] });
              setTimeout(() => reject(new Error(`the next month window did not show after ${before}`)), 60_000);
              link.click();
            }),
        );
        if (!step) break;
        r.windowChange.push(step.t1 - step.t0);
        await settle();
        r.windowLongest.push(await longestTask(page, step.t0, step.t1 + SETTLE));
      }
      if (i === 0) r.windows = r.windowChange.length + 1;
      // A cold start straight onto the calendar.
      await page.goto('about:blank');
      await page.goto(new URL('#/calendar', baseUrl).href, { waitUntil: 'commit' });
      const cold = (await pageMarks(page, 'calendarMonth')).at;
      r.calendarCold.push(cold);
      await settle();
      r.calendarColdLongest.push(await longestTask(page, 0, cold + SETTLE));
    }
    r.calendarHeight = await page.evaluate(() => document.documentElement.scrollHeight);

    log('large plan: agenda outcomes');
    // From the tap on an agenda item's first outcome button (set, then cleared at the next
    // tap) until the meeting's screen shows it pressed (or no longer), and the longest task
    // from the tap until 250 ms after.
    r.outcome = [];
    r.outcomeLongest = [];
    // Outcome buttons are the organiser's: the large plan, seeded for reading like any seeded
    // plan (db/plan-mode.ts), is opened for editing here, after the screens above were timed.
    await inPage(
      async ({ labUrl, planId }) => {
        const lab = await import(labUrl);
        const db = new lab.QuorumDatabase();
        await db.meta.put({ key: lab.planModeKey(planId), value: 'organiser' });
        db.close();
      },
      { planId: largePlanId },
    );
    await page.goto('about:blank');
    await page.goto(new URL(`#/meeting/${encodeURIComponent(outcomeMeeting)}`, baseUrl).href);
    await page.waitForSelector('main[aria-busy="false"][data-started] .outcomes button');
    await settle();
    for (let i = 0; i < RUNS * 2; i++) {
      const step = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const button = () => document.querySelector('main .outcomes button');
            const before = button()?.getAttribute('aria-pressed');
            const t0 = performance.now();
            new MutationObserver((_, observer) => {
              const now = button()?.getAttribute('aria-pressed');
              if (now && now !== before) {
                observer.disconnect();
                resolve({ t0, t1: performance.now() });
              }
            }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed'] });
            setTimeout(() => reject(new Error(`the outcome did not change from aria-pressed=${before}`)), 30_000);
            button().click();
          }),
      );
      r.outcome.push(step.t1 - step.t0);
      await settle();
      r.outcomeLongest.push(await longestTask(page, step.t0, step.t1 + SETTLE));
    }
    return r;
  } finally {
    await b.close();
  }
}

/** Cold loads (RUNS fresh profiles) and warm offline reloads of `url` in `locale`, and Lighthouse runs. */
async function pageLoads(url, { locale, selector }) {
  const cold = [];
  for (let i = 0; i < RUNS; i++) cold.push(await coldLoad(url, { locale, selector }));
  const warm = await warmLoads(url, { locale, selector, runs: RUNS });
  const lighthouse = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) lighthouse.push(await lighthouseRun(url, locale));
  return {
    coldUsable: cold.map((c) => c.usable),
    coldFcp: cold.map((c) => c.fcp),
    warmUsable: warm.usable,
    warmFcp: warm.fcp,
    jsKB: cold.map((c) => c.jsBytes / 1024),
    jsFiles: cold.map((c) => c.jsFiles),
    rounds: cold.map((c) => c.rounds),
    lighthouse: lighthouse.map((l) => l.score),
    lighthouseRuns: lighthouse,
    // The first cold load's requests, for reading (bench.json): what, when, which round.
    requests: cold[0].requests,
    browserOwn: cold[0].browserOwn,
    unlisted: cold.flatMap((c) => c.unlisted),
    foreign: cold[0].foreign,
  };
}

/** The table rows of one app's page loads; Quorum's with the issue's goals. */
function loadRows(key, who, m, goals) {
  const S = (values) => summarize(values ?? []);
  const g = (goal, atLeast) => (goals ? { goal, ...(atLeast ? { atLeast } : {}) } : {});
  return [
    { key: `${key}ColdUsable`, label: `${who}: cold load (150 ms, 1.6 Mbit/s), usable`, unit: 'ms', stats: S(m.coldUsable), ...g(1000) },
    { key: `${key}ColdFcp`, label: `${who}: cold load, first content`, unit: 'ms', stats: S(m.coldFcp) },
    { key: `${key}WarmUsable`, label: `${who}: warm offline load (SW), usable`, unit: 'ms', stats: S(m.warmUsable), ...g(250) },
    {
      key: `${key}Js`,
      label: `${who}: JS before usable (gzip, on the wire, ${Math.round(summarize(m.jsFiles).median ?? 0)} files)`,
      unit: 'KB',
      stats: S(m.jsKB),
      ...g(60),
    },
    { key: `${key}Rounds`, label: `${who}: rounds of requests after the HTML before usable`, unit: '', stats: S(m.rounds), ...g(2) },
    { key: `${key}Lighthouse`, label: `${who}: Lighthouse mobile performance`, unit: '', stats: S(m.lighthouse), ...g(100, true) },
  ];
}

/** The followers' load check alone: printed and written to bench-followers.json. */
async function followersOnly() {
  mkdirSync(OUT, { recursive: true });
  log('followers: 10,000 polling the plan file and the feed with validators, against nginx');
  const followers = await followersLoad();
  writeFileSync(join(OUT, 'bench-followers.json'), `${JSON.stringify({ at: new Date().toISOString(), cpus: cpus().length, followers }, null, 2)}\n`);
  console.log(JSON.stringify(followers, null, 2));
}

async function main() {
  if (ONLY_FOLLOWERS) return followersOnly();
  mkdirSync(OUT, { recursive: true });
  if (process.argv.includes('--no-build')) log('using the existing dist/ (--no-build)');
  else {
    log('building the app');
    await build({ logLevel: 'warn' });
  }
  const bytes = buildStats('dist');
  if (!ONLY_LOADS) log('building the benchmark lab (scripts/bench/lab.ts)');
  if (!ONLY_LOADS)
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
      build: {
        lib: { entry: 'scripts/bench/lab.ts', formats: ['es'], fileName: () => 'lab.js' },
        outDir: join(OUT, 'lab'),
        emptyOutDir: true,
        target: 'es2022',
      },
    });
  const labSource = ONLY_LOADS ? '' : readFileSync(join(OUT, 'lab', 'lab.js'), 'utf8');
  // One server for Quorum and the peer: static files with gzip (scripts/bench/static-server.mjs).
  const server = await serveStatic('dist');
  const baseUrl = server.url;
  const peerServer = PEER ? await serveStatic(PEER.dir) : undefined;
  let first;
  let repeat;
  let large = {};
  const loads = {};
  try {
    if (!ONLY_ICS) {
      for (const [key, locale] of DEVICES) {
        log(`page loads, ${key} device: ${RUNS} cold, ${RUNS} warm, ${LIGHTHOUSE_RUNS} Lighthouse`);
        loads[key] = await pageLoads(baseUrl, { locale, selector: QUORUM_USABLE });
      }
      if (PEER) {
        log(`peer ${PEER.name} (${PEER.dir}): page loads`);
        loads.peer = await pageLoads(new URL(PEER.path.replace(/^\//, ''), peerServer.url).href, { locale: PEER.locale, selector: PEER.selector });
      }
    }
    if (ONLY_LOADS) {
      first = repeat = { fcp: [], usable: [], started: [] };
    } else if (ONLY_ICS) {
      log('only the large calendars (--only-ics)');
      first = repeat = { fcp: [], usable: [], started: [] };
    } else {
      log(`first visits, slow 4G (${RUNS})`);
      first = await firstVisits(baseUrl);
      log(`repeat visits offline (${RUNS})`);
      repeat = await repeatVisitsOffline(baseUrl);
    }
    if (!ONLY_LOADS) large = await largePlan(baseUrl, labSource);
    if (!ONLY_LOADS && !ONLY_ICS) {
      log('followers: 10,000 polling the plan file and the feed with validators, against nginx');
      large.followers = await followersLoad();
    }
  } finally {
    await server.close();
    await peerServer?.close();
  }

  const kb = (n) => {
    const k = Math.round((n / 1024) * 10) / 10;
    return { n: 1, median: k, min: k, max: k, bytes: n };
  };
  const one = (value) => {
    const v = Math.round(value * 10) / 10;
    return { n: 1, median: v, min: v, max: v };
  };
  const S = (values) => summarize(values ?? []); // a figure --only-ics skips has no samples
  const rows = [
    ...DEVICES.flatMap(([key]) => (loads[key] ? loadRows(key, `Quorum, ${key} device`, loads[key], true) : [])),
    ...(loads.peer ? loadRows('peer', `Peer (${PEER.name})`, loads.peer, false) : []),
    { key: 'outcome', label: 'Large plan (20,000 agenda items): tap an outcome until shown', unit: 'ms', stats: S(large.outcome), goal: 50 },
    { key: 'outcomeLongest', label: 'Large plan: longest main-thread task during an outcome tap', unit: 'ms', stats: S(large.outcomeLongest), goal: 50 },
    { key: 'firstScreenJs', label: `First-screen JS (${bytes.firstScreenJs.files} files), raw`, unit: 'KB', stats: kb(bytes.firstScreenJs.raw) },
    { key: 'firstScreenJsGzip', label: 'First-screen JS, gzip', unit: 'KB', stats: kb(bytes.firstScreenJs.gzip) },
    { key: 'firstScreenCss', label: `First-screen CSS (${bytes.firstScreenCss.files} file), raw`, unit: 'KB', stats: kb(bytes.firstScreenCss.raw) },
    { key: 'firstScreenCssGzip', label: 'First-screen CSS, gzip', unit: 'KB', stats: kb(bytes.firstScreenCss.gzip) },
    { key: 'precache', label: `Precache (${bytes.precache.entries} entries), raw`, unit: 'KB', stats: kb(bytes.precache.raw) },
    { key: 'precacheGzip', label: 'Precache, gzip', unit: 'KB', stats: kb(bytes.precache.gzip) },
    { key: 'firstVisitFcp', label: 'First visit, slow 4G: first content', unit: 'ms', stats: S(first.fcp) },
    { key: 'firstVisitUsable', label: 'First visit, slow 4G: overview usable', unit: 'ms', stats: S(first.usable) },
    { key: 'repeatOfflineFcp', label: 'Repeat visit offline (SW): first content', unit: 'ms', stats: S(repeat.fcp) },
    { key: 'repeatOfflineUsable', label: 'Repeat visit offline (SW): overview usable', unit: 'ms', stats: S(repeat.usable), goal: 500 },
    { key: 'repeatOfflineStarted', label: 'Repeat visit offline (SW): start-up over', unit: 'ms', stats: S(repeat.started ?? []) },
    { key: 'generate', label: 'Large plan: generate (in page)', unit: 'ms', stats: S(large.generate) },
    { key: 'seed', label: 'Large plan: seed into IndexedDB', unit: 'ms', stats: S(large.seed) },
    { key: 'overviewUsableLarge', label: 'Large plan: cold start to overview usable', unit: 'ms', stats: S(large.overviewUsable) },
    { key: 'overviewStartedLarge', label: 'Large plan: cold start to start-up over', unit: 'ms', stats: S(large.overviewStarted) },
    { key: 'calendarInApp', label: 'Large plan: open calendar, first month shown', unit: 'ms', stats: S(large.calendarInApp), goal: 100 },
    { key: 'calendarCold', label: 'Large plan: cold start on #/calendar to first month', unit: 'ms', stats: S(large.calendarCold) },
    {
      key: 'windowChange',
      label: `Large plan: next month window (${large.windows ?? 1} windows, page of ${Math.round(large.calendarHeight / 1000)}k px)`,
      unit: 'ms',
      stats: S(large.windowChange),
    },
    { key: 'searchDefault', label: 'Default plan: answer a search keystroke', unit: 'ms', stats: S(large.searchSmall), goal: 16 },
    { key: 'searchIndex', label: 'Large plan: build the search index', unit: 'ms', stats: S(large.searchIndex) },
    { key: 'searchKeystroke', label: 'Large plan: answer a search keystroke', unit: 'ms', stats: S(large.searchKeystroke), goal: 50 },
    { key: 'ics', label: `Large plan: .ics of 2,000 meetings (${Math.round(large.icsChars / 1024)} K chars)`, unit: 'ms', stats: S(large.ics), goal: 500 },
    { key: 'fileExport', label: `Large plan: export plan file (${(large.fileBytes / 1048576).toFixed(1)} MB)`, unit: 'ms', stats: S(large.fileExport) },
    { key: 'fileRead', label: 'Large plan file: read, check (worker), preview', unit: 'ms', stats: S(large.fileRead) },
    { key: 'fileApply', label: 'Large plan file: apply (one transaction)', unit: 'ms', stats: S(large.fileApply) },
    { key: 'fileTotal', label: 'Large plan file: export + import in all', unit: 'ms', stats: S(large.fileTotal) },
    {
      key: 'icsImport',
      label: `Large plan: .ics of 12,000 events (${(large.icsImportBytes / 1048576).toFixed(1)} MB) read (worker), preview`,
      unit: 'ms',
      stats: S(large.icsImport),
    },
    { key: 'icsRefuse', label: 'Large plan: .ics of 100,000 events refused by the cap', unit: 'ms', stats: S(large.icsRefuse) },
    ...[
      ['seedLongest', 'seeding'],
      ['overviewLongest', 'cold start to overview'],
      ['calendarLongest', 'opening the calendar'],
      ['calendarColdLongest', 'cold start on #/calendar'],
      ['windowLongest', 'a month window change'],
      ['searchLongest', 'search keystrokes'],
      ['icsLongest', '.ics'],
      ['exportLongest', 'plan file export'],
      ['readLongest', 'plan file read, check, preview'],
      ['applyLongest', 'plan file apply'],
      ['icsReadLongest', 'a 10 MB .ics read (worker)'],
      ['icsPreviewLongest', 'the preview of a 10 MB .ics'],
      ['icsRefuseLongest', 'a 100,000-event .ics refused'],
    ].map(([key, what]) => ({ key, label: `Large plan: longest main-thread task during ${what}`, unit: 'ms', stats: S(large[key]), goal: 200 })),
    ...(large.followers
      ? [
          {
            key: 'followers304',
            label: `${large.followers.followers} followers on nginx: answered 304`,
            unit: '%',
            stats: one(100 * large.followers.notModifiedShare),
          },
          { key: 'followersRps', label: 'Followers on nginx: requests per second', unit: 'req/s', stats: one(large.followers.requestsPerSecond) },
          { key: 'followersP99', label: 'Followers on nginx: 99th-percentile latency', unit: 'ms', stats: one(large.followers.p99Ms) },
        ]
      : []),
    { key: 'memoryOverview', label: 'Large plan: JS heap on the overview', unit: 'MB', stats: S(large.memoryOverview) },
    { key: 'memoryCalendar', label: 'Large plan: JS heap with the calendar open', unit: 'MB', stats: S(large.memoryCalendar) },
  ];
  // A run of the page loads alone lists only what it measured.
  const table = formatTable(ONLY_LOADS ? rows.filter((r) => r.stats.n) : rows);
  const goals = rows
    .filter((r) => r.goal !== undefined)
    .map((r) => ({
      figure: r.key,
      goal: r.goal,
      atLeast: Boolean(r.atLeast),
      unit: r.unit,
      median: r.stats.median,
      met: r.stats.n ? meets(r, r.stats.median) : null,
    }));
  const result = {
    at: new Date().toISOString(),
    runs: RUNS,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    cpus: cpus().length,
    cpuThrottling: 4,
    viewport: VIEWPORT,
    network: SLOW_4G,
    coldNetwork: COLD_NETWORK,
    peer: PEER || undefined,
    loads,
    largePlan: LARGE,
    bytes,
    rows,
    goals,
    table,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  const out = join(OUT, ONLY_ICS ? 'bench-ics.json' : ONLY_LOADS ? 'bench-loads.json' : 'bench.json'); // a partial run never replaces a whole one
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(table);
  console.log(`\nGoals: ${goals.map((g) => `${g.figure} ${g.met === null ? 'not measured' : g.met ? 'met' : 'NOT met'}`).join(', ')}`);
  console.log(`Written to ${out} (${result.durationSeconds} s, ${RUNS} runs, CPU 4x slower, ${VIEWPORT.width}×${VIEWPORT.height}).`);
}

await main();
