/*
 * The calendar by pages of months, in the built app on a 360 px phone with no network: the
 * default plan still shows every meeting on one page; a larger plan (opened from a plan file)
 * is shown a page at a time, and its "Later months" / "Earlier months" links and the month list
 * work from the keyboard, with focus landing on the new page; axe finds nothing, light or dark.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generatePlan } from '../support/generate-plan.ts';
import { groupByMonth } from '../../src/lib/domain/meetings.ts';
import { mispaIII } from '../../src/data/mispa-iii.ts';
import { FORMAT_NAME, FORMAT_VERSION } from '../../src/lib/plan-files/format.ts';
import { axeViolations, eventually, goto, layoutProblems, openOfflineSession, waitForScreen, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const paged = generatePlan({ seed: 3, meetings: 300, agendaItems: 600, mandates: 5, planId: 'e2e-paged' });
const months = groupByMonth(paged.meetings).map((g) => g.month);

const firstMonth = (s: Session) => s.page.locator('h2.month').first().getAttribute('id');
const focusedId = (s: Session) => s.page.evaluate(() => document.activeElement?.id);

/** Opens `paged` from a plan file chosen on the share screen; it becomes the current plan. */
async function openPagedPlan(s: Session): Promise<void> {
  const file = { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: '2024-01-15T12:00:00.000Z', app: 'Quorum', plans: [{ bundle: paged }] };
  await goto(s, '#/share');
  await s.page
    .getByLabel('Choisir un fichier')
    .setInputFiles({ name: 'paged.quorum.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await s.page.waitForURL(/#\/open$/);
  await waitForScreen(s.page);
  await s.page.getByRole('button', { name: 'Importer' }).click();
  await s.page.waitForURL(/#\/plan$/);
}

describe('calendar pages', () => {
  it('shows every meeting of the default plan on one page, offline', async () => {
    session = await openOfflineSession();
    await goto(session, '#/calendar');
    await expect(session.page.locator('article.card').count()).resolves.toBe(mispaIII.meetings.length);
    await expect(session.page.getByRole('link', { name: /Mois suivants|Mois précédents/ }).count()).resolves.toBe(0);
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('shows the export as a control: bordered and filled unlike its card, 44 px at least, opened by keyboard', async () => {
    session = await openOfflineSession();
    await goto(session, '#/calendar');
    const summary = session.page.locator('details.export > summary');
    const look = await summary.evaluate((el) => {
      const own = getComputedStyle(el);
      const card = getComputedStyle(el.parentElement!);
      const box = el.getBoundingClientRect();
      return {
        filled: own.backgroundColor !== card.backgroundColor,
        border: own.borderTopStyle !== 'none' && parseFloat(own.borderTopWidth) > 0,
        cursor: own.cursor,
        width: box.width,
        height: box.height,
        fullWidth: box.width >= el.parentElement!.clientWidth - 1,
      };
    });
    expect(look).toMatchObject({ filled: true, border: true, cursor: 'pointer', fullWidth: false });
    expect(look.height).toBeGreaterThanOrEqual(44);
    expect(look.width).toBeGreaterThanOrEqual(44);
    await summary.focus();
    await session.page.keyboard.press('Enter');
    await expect(session.page.locator('details.export').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    expect(await layoutProblems(session.page)).toEqual([]);
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('steps through the pages of a larger plan by keyboard, offline', async () => {
    session = await openOfflineSession();
    const s = session;
    await openPagedPlan(s);
    await goto(s, `#/calendar?month=${months[0]}`);
    // The imported plan becomes the current one just after the import screen has moved on.
    await eventually(async () => expect(await firstMonth(s)).toBe(`month-${months[0]}`));
    await expect(s.page.getByRole('link', { name: /Mois précédents/ }).count()).resolves.toBe(0);
    // The page's cards are laid out a few per frame (the list is aria-busy meanwhile): count them all.
    await s.page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
    const shown = await s.page.locator('article.card').count();
    expect(shown).toBeLessThan(paged.meetings.length);
    await expect(s.page.getByText(`Réunions affichées : ${shown} sur ${paged.meetings.length}`).count()).resolves.toBe(1);
    expect(await layoutProblems(s.page)).toEqual([]);
    expect(await axeViolations(s.page)).toEqual([]);

    // "Later months" with Enter: the next page, focus on its first month.
    const before = await s.page.locator('h2.month').allTextContents();
    await s.page.getByRole('link', { name: 'Mois suivants →' }).first().focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL(/#\/calendar\?month=/);
    const later = new URL(s.page.url()).hash.replace('#/calendar?month=', '');
    await eventually(async () => expect(await firstMonth(s)).toBe(`month-${later}`));
    expect(before.map((m) => m.toLowerCase())).not.toContain((await s.page.locator('h2.month').first().textContent())?.toLowerCase());
    await eventually(async () => expect(await focusedId(s)).toBe(`month-${later}`));

    // "Earlier months" goes back to the first page.
    await s.page.getByRole('link', { name: '← Mois précédents' }).first().focus();
    await s.page.keyboard.press('Enter');
    await eventually(async () => expect(await firstMonth(s)).toBe(`month-${months[0]}`));

    // The month list: choose a month, Tab to the button, Enter.
    const target = months[Math.floor(months.length / 2)]!;
    const select = s.page.getByLabel('Aller au mois');
    await select.focus();
    await select.selectOption(target);
    await s.page.keyboard.press('Tab');
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Afficher');
    await s.page.keyboard.press('Enter');
    await eventually(async () => expect(s.page.url()).toContain(`#/calendar?month=${target}`));
    await eventually(async () => expect(await s.page.locator(`[id="month-${target}"]`).count()).toBe(1));

    await s.page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(s.page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
