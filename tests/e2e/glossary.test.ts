/*
 * The glossary on a phone, offline: from the plan's text tap the acronym "CSH", land on its
 * glossary entry (expansion, "not spelled out in the plan", every place it is used), tap a place
 * and land on that mandate; go from a document symbol to the places that cite it; the glossary
 * passes axe in light and dark with no layout problem; acronym links are reached by keyboard.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, DESKTOP, eventually, goto, layoutProblems, openOfflineSession, openSession, PHONE, waitForScreen, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** True once the element with `id` is on screen (scrolled to). */
async function inView(page: Page, id: string): Promise<void> {
  await eventually(async () =>
    expect(
      await page.evaluate((target) => {
        const box = document.getElementById(target)?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.top < innerHeight;
      }, id),
    ).toBe(true),
  );
}

describe('glossary, offline on a phone', () => {
  it('goes from “CSH” in the plan to its entry, and from a place of the entry back to the mandate', async () => {
    session = await openOfflineSession({ viewport: PHONE });
    const { page } = session;
    await page.getByRole('link', { name: 'Plan', exact: true }).first().click();
    await waitForScreen(page);

    await byId(page, 'mispa-iii/m5').getByRole('link', { name: 'CSH', exact: true }).click();
    await page.waitForURL(/#\/glossary\/csh$/);
    await waitForScreen(page);
    const entry = page.getByRole('article', { name: 'CSH' });
    await inView(page, 'term-csh');
    await expect(entry.textContent()).resolves.toContain('Commission sur la sécurité continentale');
    await expect(entry.textContent()).resolves.toContain('Non développé dans le plan');

    const place = entry.getByRole('link').filter({ hasText: 'Mandat 7 — responsables' });
    await place.click();
    await page.waitForURL(/#\/plan\/mispa-iii%2Fm7$/);
    await waitForScreen(page);
    await inView(page, 'mispa-iii/m7');
    await expect(byId(page, 'mispa-iii/m7').textContent()).resolves.toContain('Conseil permanent (CSH)');
    expect(session.errors).toEqual([]);
  });

  it('goes from a document symbol in the glossary to the documents screen and on to a place that cites it', async () => {
    session = await openOfflineSession({ viewport: PHONE });
    const { page } = session;
    await goto(session, '#/glossary');
    await page.getByRole('region', { name: 'Symboles de documents' }).getByRole('link', { name: 'CP/RES. 934 (1644/08)' }).click();
    await page.waitForURL(/#\/documents\//);
    await waitForScreen(page);
    const doc = page.getByRole('article', { name: 'CP/RES. 934 (1644/08)' });
    const cited = doc.getByRole('listitem').getByRole('link').first();
    const target = await cited.getAttribute('href');
    expect(target).toMatch(/^#\/plan\//);
    await cited.click();
    await page.waitForURL(/#\/plan\//);
    await waitForScreen(page);
    await inView(page, decodeURIComponent(target!.slice('#/plan/'.length)));
    expect(session.errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no axe violation and no layout problem (%s), nor the plan with its acronym links', async (colorScheme) => {
    session = await openSession({ viewport: PHONE, colorScheme });
    for (const hash of ['#/glossary', '#/glossary/mispa', '#/plan/' + encodeURIComponent('mispa-iii/m6')]) {
      await goto(session, hash);
      expect(await axeViolations(session.page)).toEqual([]);
      expect(await layoutProblems(session.page)).toEqual([]);
    }
  });

  it('reaches the acronym links by keyboard, with visible focus, and opens one with Enter', async () => {
    session = await openSession({ viewport: PHONE });
    const { page } = session;
    await goto(session, '#/plan/' + encodeURIComponent('mispa-iii/m5'));
    await byId(page, 'mispa-iii/m5').evaluate((el) => (el as HTMLElement).focus());
    const reached: string[] = [];
    for (let i = 0; i < 4 && !reached.includes('CSH'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached).toEqual(['MISPA-III', 'CSH']);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/glossary\/csh$/);
    await waitForScreen(page);
    await inView(page, 'term-csh');
  });
});

describe('glossary in English', () => {
  it('gives the expansion in the interface language and says it is not the plan’s', async () => {
    session = await openSession({ viewport: DESKTOP, locale: 'en-US' });
    await goto(session, '#/glossary/csh');
    const entry = session.page.getByRole('article', { name: 'CSH' });
    await expect(entry.textContent()).resolves.toContain('Committee on Hemispheric Security');
    await expect(entry.textContent()).resolves.toContain('Not spelled out in the plan');
    await expect(session.page.getByRole('article', { name: 'MISPA' }).textContent()).resolves.toContain('Spelled out in the plan: “Réunion des ministres');
  });
});
