/*
 * When `main` stops being busy (App.svelte): once the screen shows its data. On a device that
 * holds data the overview is drawn from the early read (db/first-read.ts), on a first visit
 * from the embedded default plan start-up then seeds, before start-up has opened the database,
 * and is then not busy: assistive technology reads it at once, and the visit is usable as soon
 * as it is drawn. Any other screen opened first waits for start-up. Observed in the page as the order of the two changes (never their time): start-up
 * begins after the first screen's frame, so the two can never come in the same mutation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, openSession, type Session } from './browser.ts';

let session: Session;

beforeAll(async () => {
  session = await openSession();
  await session.context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__mainChanges', { value: seen });
    const note = () => {
      const main = document.querySelector('main');
      if (!main) return;
      const state = `${main.getAttribute('aria-busy') === 'false' ? 'not busy' : 'busy'}, ${main.hasAttribute('data-started') ? 'started' : 'starting'}, ${main.querySelector('#next-title') ? 'overview shown' : 'no overview'}`;
      if (seen.at(-1) !== state) seen.push(state);
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-started'] });
  });
});
afterAll(async () => session.close());

const changes = () => session.page.evaluate(() => (window as unknown as { __mainChanges: string[] }).__mainChanges);

describe('main is busy until its screen shows its data', () => {
  const drawnBeforeStartUp = (seen: string[]) => {
    const drawn = seen.indexOf('not busy, starting, overview shown');
    expect(drawn, seen.join(' → ')).toBeGreaterThan(-1);
    expect(seen.slice(0, drawn).some((s) => s.includes('overview shown'))).toBe(false);
    expect(seen.slice(drawn + 1)).toContain('not busy, started, overview shown');
  };

  it('on a first visit to the overview, as soon as the default plan is drawn, before start-up has seeded it', async () => {
    await goto(session, '#/');
    drawnBeforeStartUp(await changes());
  });

  it('on a repeat visit to the overview, as soon as the early read is drawn, before start-up is over', async () => {
    await session.page.reload();
    await session.page.waitForSelector('main[aria-busy="false"][data-started] h1');
    drawnBeforeStartUp(await changes());
  });

  it('on another screen, until start-up is over', async () => {
    await session.page.goto('about:blank');
    await session.page.goto(new URL('#/calendar', session.baseUrl).href);
    await session.page.waitForSelector('main[aria-busy="false"][data-started] h2.month');
    const seen = await changes();
    expect(seen.length).toBeGreaterThan(0);
    expect(
      seen.filter((s) => s.startsWith('not busy')).every((s) => s.includes('started')),
      seen.join(' → '),
    ).toBe(true);
  });
});
