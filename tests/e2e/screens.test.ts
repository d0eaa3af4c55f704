/*
 * Every screen as a user meets it: on a 360 px and a 390 px phone and on a desktop, in light
 * and dark mode; axe finds no violation, nothing scrolls sideways, touch targets are ≥ 44 px,
 * no request leaves the origin, and everything is reachable by keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, DESKTOP, foreignRequests, goto, layoutProblems, openSession, PHONE, PHONE_LARGE, type Session } from './browser.ts';

const SCREENS = [
  '#/',
  '#/plan',
  '#/plan/' + encodeURIComponent('mispa-iii/m5'),
  '#/calendar',
  '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-15'),
  '#/meeting/' + encodeURIComponent('mispa-iii/mtg-mispa-iii'),
  '#/timeline',
  '#/documents',
  '#/nowhere',
];

describe.each([
  ['phone 360×640, light', PHONE, 'light'],
  ['phone 390×844, dark', PHONE_LARGE, 'dark'],
  ['desktop, light', DESKTOP, 'light'],
] as const)('%s', (_label, viewport, colorScheme) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport, colorScheme });
  });
  afterAll(async () => session.close());

  it.each(SCREENS)('%s has no axe violation and no layout problem', async (hash) => {
    await goto(session, hash);
    expect(await axeViolations(session.page)).toEqual([]);
    expect(await layoutProblems(session.page)).toEqual([]);
    expect(foreignRequests(session)).toEqual([]);
  });

  it('the calendar export panel, opened with its meeting choice, has no axe violation or layout problem', async () => {
    await goto(session, '#/calendar');
    await session.page.getByText('Ajouter les réunions à mon agenda').click();
    await session.page.getByLabel('Celles que je choisis').check();
    expect(await axeViolations(session.page)).toEqual([]);
    expect(await layoutProblems(session.page)).toEqual([]);
  });
});

describe('keyboard', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport: PHONE });
  });
  afterAll(async () => session.close());

  it('reaches the navigation by Tab and opens a screen with Enter, focusing its title', async () => {
    const { page } = session;
    await goto(session, '#/');
    const visited: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(visited).toContain('Calendrier');
    while ((await page.evaluate(() => document.activeElement?.textContent?.trim())) !== 'Calendrier') {
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Calendrier');
    // Focus is visible: the focused link has an outline.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('offers a skip link to the content', async () => {
    const { page } = session;
    await page.goto('about:blank');
    await goto(session, '#/plan');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
