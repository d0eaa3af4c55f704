/*
 * Searching the plan on a phone, offline: from the header link, type "securite" without the
 * accent, see results grouped by kind with the matches marked, keep the query over a reload,
 * and open a result at its place; the screen with results passes axe and the phone layout checks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openSession, waitForScreen, waitForServiceWorker, PHONE, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('search, offline on a phone', () => {
  it('finds “sécurité” when typed “securite”, grouped and marked, and opens a result', async () => {
    session = await openSession({ viewport: PHONE });
    const { page } = session;
    await goto(session, '#/');
    await waitForServiceWorker(session);
    await session.context.setOffline(true);

    await page.getByRole('link', { name: 'Rechercher' }).click();
    await waitForScreen(page);
    const field = page.getByRole('searchbox', { name: 'Mots à chercher' });
    await eventually(async () => expect(await field.evaluate((el) => el === document.activeElement)).toBe(true));
    await field.pressSequentially('securite');

    await eventually(async () =>
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: /\d+ résultats/ })
          .count(),
      ).toBe(1),
    );
    await expect(page.getByRole('heading', { level: 2, name: /^Mandats \(\d+\)$/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 2, name: /^Paragraphes \(\d+\)$/ }).count()).resolves.toBe(1);
    const marks = await page.locator('main mark').allTextContents();
    expect(marks.length).toBeGreaterThan(10);
    expect(new Set(marks.map((m) => m.toLowerCase()))).toEqual(new Set(['sécurité']));
    expect(page.url()).toContain('#/search?q=securite');

    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);

    await page.reload();
    await waitForScreen(page);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('securite');
    await expect(page.locator('main mark').count()).resolves.toBe(marks.length);

    const mandates = page.getByRole('region', { name: /^Mandats/ });
    const first = mandates.getByRole('link').first();
    const target = await first.getAttribute('href');
    expect(target).toMatch(/^#\/plan\//);
    await first.click();
    await page.waitForURL(/#\/plan\//);
    await waitForScreen(page);
    const anchor = decodeURIComponent(target!.slice('#/plan/'.length));
    await eventually(async () =>
      expect(
        await page.evaluate((id) => {
          const box = document.getElementById(id)?.getBoundingClientRect();
          return box !== undefined && box.top >= 0 && box.top < innerHeight;
        }, anchor),
      ).toBe(true),
    );

    await page.goBack();
    await waitForScreen(page);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('securite');
    expect(session.errors).toEqual([]);
  });
});
