/*
 * The Plans screen's storage section in a real browser: whether the data is kept for good,
 * the space used, and the current plan's last backup, with no accessibility or layout problem.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openOfflineSession, openSession, PHONE, waitForScreen, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('storage section', () => {
  it('says whether storage is persistent, the space used and the last backup', async () => {
    session = await openSession({ viewport: PHONE });
    const { page } = session;
    await goto(session, '#/plans');
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Stockage' }) });
    await eventually(async () => expect(await section.getByText(/^Stockage persistant : (oui|non)\./).count()).toBe(1));
    await eventually(async () => expect(await section.getByText(/^Espace utilisé : .+ sur .+/).count()).toBe(1));
    await eventually(async () => expect(await section.getByText('Aucune sauvegarde de ce plan pour l’instant').count()).toBe(1));
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('offline, says so and keeps working; the first change asks once for persistent storage', async () => {
    session = await openOfflineSession({ viewport: PHONE, now: '2011-09-15T14:00:00Z', organiser: true });
    const { page, context } = session;
    // Chromium decides persistence by heuristics; record the app's requests instead.
    await context.addInitScript(() => {
      const calls: string[] = [];
      Object.defineProperty(window, '__persistCalls', { value: calls });
      navigator.storage.persisted = async () => calls.length > 0;
      navigator.storage.persist = async () => (calls.push(new Date().toISOString()), true);
    });
    await page.reload();
    await waitForScreen(page);
    await expect(page.getByRole('status').filter({ hasText: 'Hors ligne : tout le contenu reste disponible.' }).count()).resolves.toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls.length)).toBe(0);

    // A change made offline (the item under discussion, on the meeting day) works and asks once.
    await page
      .getByRole('button', { name: /^Maintenant/ })
      .nth(1)
      .click();
    await eventually(async () => expect(await page.locator('[aria-current="step"]').count()).toBe(1));
    await eventually(async () => expect(await page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls.length)).toBe(1));
    await page
      .getByRole('button', { name: /^Maintenant/ })
      .nth(2)
      .click();
    await eventually(async () => expect(await page.locator('[aria-current="step"]').textContent()).toBeTruthy());
    expect(await page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls.length)).toBe(1);

    await goto(session, '#/plans');
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Stockage' }) });
    await eventually(async () => expect(await section.getByText(/^Stockage persistant : oui\./).count()).toBe(1));
    expect(session.errors).toEqual([]);
  });
});
