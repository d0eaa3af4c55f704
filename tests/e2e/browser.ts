/*
 * Drives Debian's Chromium (/usr/bin/chromium, never a downloaded browser) with playwright-core,
 * each test in a fresh profile, with helpers the e2e tests share: phone viewports, waiting for
 * the service worker, going offline, recording requests, and axe.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const PHONE = { width: 360, height: 640 };
export const PHONE_LARGE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export type Session = {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Every URL the page or its worker asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  close: () => Promise<void>;
};

export type SessionOptions = {
  viewport?: { width: number; height: number };
  timezoneId?: string;
  colorScheme?: 'light' | 'dark';
  /** The device's language (navigator.languages, Intl); French by default. */
  locale?: string;
  /** Reuse a profile directory (to test what a second visit finds). */
  userDataDir?: string;
  /** A fixed clock for the pages (ISO instant), so that "today" is the same on every run. */
  now?: string;
  /**
   * Organiser mode on for the default plan (through the plans screen, organiserMode below),
   * for a test that edits it; the page is then left on the plans screen.
   */
  /** The name and password the browser answers a server's Basic auth with (its own prompt, in real use). */
  httpCredentials?: { username: string; password: string };
  /** Another server of the app than the tests' preview (a test's own nginx, say). */
  baseUrl?: string;
  organiser?: boolean;
};

export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'quorum-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: options.viewport ?? PHONE,
    deviceScaleFactor: 1,
    isMobile: (options.viewport ?? PHONE).width < 600,
    hasTouch: (options.viewport ?? PHONE).width < 600,
    locale: options.locale ?? 'fr-FR',
    timezoneId: options.timezoneId ?? 'America/New_York',
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'allow',
    ...(options.httpCredentials ? { httpCredentials: options.httpCredentials } : {}),
  });
  if (options.now) await context.clock.setFixedTime(new Date(options.now));
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // With its stack: a minified message alone ("r") does not say where it came from.
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  const session: Session = {
    context,
    page,
    requests,
    errors,
    baseUrl: options.baseUrl ?? inject('baseUrl'),
    close: async () => {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  if (options.organiser) {
    await organiserMode(session);
    // The test's first screen is then a page load of its own, as without this step.
    await page.goto('about:blank');
  }
  return session;
}

/** Opens a hash route of the app and waits until the screen has its data. */
export async function goto(session: Session, hash = '#/'): Promise<void> {
  await session.page.goto(new URL(hash, session.baseUrl).href);
  await waitForScreen(session.page);
}

/**
 * Switches the shown plan to organiser mode (or back to reading mode) through the plans
 * screen's switch, as a user does; the page is left on the plans screen. The default plan
 * opens in reading mode: a test that edits it calls this first.
 */
export async function organiserMode(session: Session, on = true): Promise<void> {
  await goto(session, '#/plans');
  const wanted = String(on);
  const button = session.page.locator('li[aria-current="true"] .mode button:not([disabled])');
  if ((await button.getAttribute('aria-pressed')) !== wanted) await button.click();
  await session.page.waitForSelector(`li[aria-current="true"] .mode button[aria-pressed="${wanted}"]`);
}

/**
 * How many times `text` is shown on the page, leaving out names written for screen readers only
 * (`.visually-hidden`: the "mine" toggle names its meeting or item).
 */
export async function shownCount(page: Page, text: string): Promise<number> {
  return page.getByText(text).evaluateAll((els) => els.filter((el) => !el.closest('.visually-hidden')).length);
}

export async function waitForScreen(page: Page): Promise<void> {
  await page.waitForSelector('main[aria-busy="false"][data-started] h1');
  // A long list filled over a few frames (the calendar's page) says so with aria-busy.
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
}

/** Waits until a service worker is activated and controls the page (one reload may be needed). */
export async function waitForServiceWorker(session: Session): Promise<void> {
  const { page } = session;
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await waitForScreen(page);
  }
}

/** Requests that left the app's own origin (there must be none). */
export function foreignRequests(session: Session): string[] {
  const origin = new URL(session.baseUrl).origin;
  return session.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

/** The axe rules that depend on colours: all a change of colour scheme alone can break. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe violations on the current page, as readable lines; only `rules` when given. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (rules) builder.withRules(rules);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Layout facts a phone user cares about: horizontal scroll and touch targets under 44 px. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) problems.push(`horizontal scroll: ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const control of document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role="button"]')) {
      // A checkbox or radio is tapped through its label: the label is the target.
      const el = control.matches('input[type="checkbox"], input[type="radio"]') ? (control.closest('label') ?? control) : control;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (visually hidden skip link...)
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || (style.position === 'absolute' && box.right < 0)) continue;
      const inline = style.display === 'inline' && el.closest('p, li, h1, h2, h3, h4, span');
      if (inline) continue; // links inside running text are exempt (WCAG 2.5.8 inline exception)
      if (box.height < 44 || box.width < 44)
        problems.push(`small target (${Math.round(box.width)}×${Math.round(box.height)}): ${el.textContent?.trim().slice(0, 40)}`);
    }
    // A tab's label (the main navigation, NavBar) is read at a glance: no word of it broken across two lines.
    for (const tab of document.querySelectorAll<HTMLElement>('nav.tabs a')) {
      const text = tab.firstChild;
      if (!(text instanceof Text)) continue;
      for (const word of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) problems.push(`tab label broken mid-word: ${word[0]}`);
      }
    }
    const base = parseFloat(getComputedStyle(document.body).fontSize);
    if (base < 16) problems.push(`base text ${base}px`);
    return problems;
  });
}

/** Retries `check` until it passes or `timeoutMs` runs out (for state that settles after a tap). */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A session whose page the service worker controls, then cut off from the network. */
export async function openOfflineSession(options: SessionOptions = {}): Promise<Session> {
  const session = await openSession(options);
  await goto(session, '#/');
  await waitForServiceWorker(session);
  await session.context.setOffline(true);
  return session;
}

/** Starts noting what every progress bar of the page shows: its label and its count ("3 000 sur 12 000 événements"). */
export async function recordProgress(s: Session): Promise<void> {
  await s.page.evaluate(() => {
    const seen = new Set<string>();
    Object.defineProperty(window, '__progressSeen', { value: seen, configurable: true });
    const note = () => document.querySelectorAll('.progress label, .progress .muted').forEach((el) => seen.add(el.textContent?.trim() ?? ''));
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** What the progress bars showed since recordProgress. */
export const progressSeen = (s: Session) => s.page.evaluate(() => [...(window as unknown as { __progressSeen: Set<string> }).__progressSeen]);
