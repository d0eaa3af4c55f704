/*
 * The first screen on and around a meeting day, on a 360 px phone with a fixed clock (the
 * default plan's meetings are in 2011), offline: the meeting of the day with its agenda, "Now"
 * and outcomes in one tap (kept across a reload), a countdown the day before, the next meeting
 * and the next deadline on other days. Run on a device in Washington's zone and on one far
 * ahead (Tokyo): a meeting's day is its own zone's, so both see the same meeting at the same
 * instant, with the device's hour beside the meeting's where they differ.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  eventually,
  goto,
  layoutProblems,
  openSession,
  organiserMode,
  waitForScreen,
  waitForServiceWorker,
  PHONE,
  type Session,
  type SessionOptions,
} from './browser.ts';

const WASHINGTON_MORNING_15 = '2011-09-15T14:00:00Z'; // 10:00 in Washington, 23:00 in Tokyo
const DAY_BEFORE = '2011-09-14T14:00:00Z';
const DAY_AFTER = '2011-09-16T14:00:00Z';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A phone whose clock reads `at`, with the app installed, then offline. */
async function phoneAt(at: string, { organiser, ...options }: SessionOptions = {}): Promise<Session> {
  const s = await openSession({ viewport: PHONE, ...options });
  await s.context.clock.setFixedTime(new Date(at));
  if (organiser) await organiserMode(s);
  await goto(s, '#/');
  await waitForServiceWorker(s);
  await s.context.setOffline(true);
  return s;
}

// On a meeting day (before it, the same title is the summary's: tell them apart by the "Now" buttons).
const todayMeeting = (page: Page) => page.getByRole('article', { name: 'Réunion du groupe de travail du 15 septembre 2011' });
const itemRow = (page: Page, n: number) =>
  todayMeeting(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Maintenant : point ${n}` }) });

async function expectClean(s: Session): Promise<void> {
  expect(await axeViolations(s.page)).toEqual([]);
  expect(await layoutProblems(s.page)).toEqual([]);
}

for (const timezoneId of ['America/New_York', 'Asia/Tokyo']) {
  describe(`today, on a phone in ${timezoneId}`, () => {
    it('on 15 September the first screen is that meeting; Now and an outcome in one tap survive an offline reload', async () => {
      session = await phoneAt(WASHINGTON_MORNING_15, { timezoneId, organiser: true });
      const { page } = session;
      await expect(page.getByRole('heading', { name: 'Réunion du groupe aujourd’hui' }).count()).resolves.toBe(1);
      await eventually(async () => expect(await todayMeeting(page).count()).toBe(1));
      await expect(itemRow(page, 1).getByText('Élection de la vice-présidence du Groupe de travail').count()).resolves.toBe(1);
      await expect(todayMeeting(page).getByRole('listitem').count()).resolves.toBe(6);
      await expect(todayMeeting(page).locator('[aria-current]').count()).resolves.toBe(0);
      await expectClean(session);

      await page.getByRole('button', { name: 'Maintenant : point 2' }).click();
      await eventually(async () => expect(await itemRow(page, 2).getAttribute('aria-current')).toBe('step'));
      await expect(itemRow(page, 2).getByText('En discussion').count()).resolves.toBe(1);
      await expect(todayMeeting(page).getByText('Ensuite : point 3').count()).resolves.toBe(1);

      const decided = page.getByRole('group', { name: 'Résultat du point 1' }).getByRole('button', { name: 'Décidé' });
      await decided.click();
      await eventually(async () => expect(await decided.getAttribute('aria-pressed')).toBe('true'));

      await page.reload();
      await waitForScreen(page);
      await eventually(async () => expect(await itemRow(page, 2).getAttribute('aria-current')).toBe('step'));
      await expect(todayMeeting(page).locator('[aria-current="step"]').count()).resolves.toBe(1);
      await expect(page.getByRole('group', { name: 'Résultat du point 1' }).getByRole('button', { name: 'Décidé' }).getAttribute('aria-pressed')).resolves.toBe(
        'true',
      );
      await expect(page.getByRole('button', { name: 'Maintenant : point 2' }).getAttribute('aria-pressed')).resolves.toBe('true');

      // The keyboard moves the discussion on to item 3.
      await page.getByRole('button', { name: 'Maintenant : point 3' }).focus();
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await itemRow(page, 3).getAttribute('aria-current')).toBe('step'));
      await expect(itemRow(page, 2).getAttribute('aria-current')).resolves.toBeNull();
      await expectClean(session);
      expect(session.errors).toEqual([]);
    });

    it('on 14 September counts down to the meeting: "demain"', async () => {
      session = await phoneAt(DAY_BEFORE, { timezoneId });
      const { page } = session;
      await expect(page.getByRole('heading', { name: 'Prochaine réunion du groupe' }).count()).resolves.toBe(1);
      await expect(page.getByText('demain', { exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: 'Réunion du groupe de travail du 15 septembre 2011' }).count()).resolves.toBe(1);
      await expect(page.getByRole('button', { name: /^Maintenant/ }).count()).resolves.toBe(0);
    });

    it('on 16 September shows the next meeting and that no deadline is set, then a due date given in the form', async () => {
      session = await phoneAt(DAY_AFTER, { timezoneId, organiser: true });
      const { page } = session;
      await expect(page.getByText('dans 6 jours', { exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: 'Réunion du groupe de travail du 22 septembre 2011' }).count()).resolves.toBe(1);
      const deadline = page.getByRole('region', { name: 'Prochaine échéance' });
      await eventually(async () => expect(await deadline.textContent()).toContain('Aucune échéance n’est fixée pour les mandats du plan.'));
      await expectClean(session);

      await deadline.getByRole('link', { name: 'Voir les mandats du plan' }).click();
      await waitForScreen(page);
      await page.getByRole('link', { name: 'Modifier le mandat 2', exact: true }).click();
      await page.waitForURL(/#\/edit\/mandate\//);
      await page.getByLabel('Échéance', { exact: true }).fill('2011-10-20');
      await page.getByLabel('Échéance', { exact: true }).blur();
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await page.waitForURL(/#\/plan\//);
      await waitForScreen(page);
      await eventually(async () => expect(await page.getByText('Échéance : 20 octobre 2011').count()).toBe(1));

      await goto(session, '#/');
      await eventually(async () => expect(await deadline.textContent()).toContain('20 octobre 2011 · dans 34 jours'));
      await expect(deadline.getByRole('link', { name: 'Mandat 2 de la résolution AG/RES. 2629 (XLI-O/11)' }).count()).resolves.toBe(1);
      expect(session.errors).toEqual([]);
    });
  });
}

describe('today, on a device far ahead of the meeting’s zone (Tokyo)', () => {
  it('keeps the meeting on the first screen until its day ends in Washington, and not before it starts there', async () => {
    // 10:00 on the 16th in Tokyo is still 21:00 on the 15th in Washington.
    session = await phoneAt('2011-09-16T01:00:00Z', { timezoneId: 'Asia/Tokyo', organiser: true });
    const { page } = session;
    await eventually(async () => expect(await page.getByRole('button', { name: /^Maintenant/ }).count()).toBe(6));
    // 12:00 on the 15th in Tokyo is 23:00 on the 14th in Washington: the meeting is tomorrow.
    await session.context.clock.setFixedTime(new Date('2011-09-15T03:00:00Z'));
    await page.reload();
    await waitForScreen(page);
    await expect(page.getByText('demain', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: /^Maintenant/ }).count()).resolves.toBe(0);
  });
});

describe('today in dark mode', () => {
  it('is axe clean with an item under discussion and an outcome', async () => {
    session = await phoneAt(WASHINGTON_MORNING_15, { colorScheme: 'dark', organiser: true });
    const { page } = session;
    await eventually(async () => expect(await todayMeeting(page).count()).toBe(1));
    await page.getByRole('button', { name: 'Maintenant : point 1' }).click();
    await page.getByRole('group', { name: 'Résultat du point 2' }).getByRole('button', { name: 'Reporté' }).click();
    await eventually(async () => expect(await itemRow(page, 1).getAttribute('aria-current')).toBe('step'));
    await expectClean(session);
  });
});

describe('today, for a delegate (reading mode)', () => {
  it('marks the meeting of the day as mine in one tap, kept across an offline reload', async () => {
    session = await phoneAt(WASHINGTON_MORNING_15);
    const { page } = session;
    await eventually(async () => expect(await todayMeeting(page).count()).toBe(1));
    const mine = todayMeeting(page).getByRole('button', { name: /^Mon agenda\s*: Réunion du groupe de travail du 15 septembre 2011$/ });
    await eventually(async () => expect(await mine.getAttribute('aria-pressed')).toBe('false'));
    await mine.click();
    await eventually(async () => expect(await mine.getAttribute('aria-pressed')).toBe('true'));
    await expectClean(session);
    await page.reload();
    await waitForScreen(page);
    await eventually(async () => expect(await mine.getAttribute('aria-pressed')).toBe('true'));
    expect(session.errors).toEqual([]);
  });
});
