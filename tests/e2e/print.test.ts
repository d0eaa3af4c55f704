/*
 * Printing (or saving as PDF) the plan and the calendar: no navigation, header or buttons on
 * paper, nothing wider than the printable width of A4 or Letter, and a PDF with pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, openSession, type Session } from './browser.ts';

// Printable widths in CSS pixels (96 per inch) with Chromium's default 0.4 in margins.
const PAPER = [
  ['A4', Math.floor((210 / 25.4 - 0.8) * 96)],
  ['Letter', Math.floor((8.5 - 0.8) * 96)],
] as const;

describe.each(['#/plan', '#/calendar'])('printing %s', (hash) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await goto(session, hash);
    await session.page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => session.close());

  it('hides the navigation, the header, buttons and forms', async () => {
    const shown = await session.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('header, nav, button, a.button, form, .skip, [role="status"]')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 30)}`),
    );
    expect(shown).toEqual([]);
    // The content itself is printed.
    expect(await session.page.locator('main h1').isVisible()).toBe(true);
  });

  it.each(PAPER)('fits the printable width of %s', async (_format, width) => {
    const { page } = session;
    await page.setViewportSize({ width, height: 1000 });
    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((el) => el.getBoundingClientRect().right > limit + 1)
        .map((el) => `${el.tagName.toLowerCase()} ${Math.round(el.getBoundingClientRect().right)}px`);
      return { scroll: document.documentElement.scrollWidth - limit, wide: wide.slice(0, 5) };
    });
    expect(overflow).toEqual({ scroll: 0, wide: [] });
  });

  it.each(PAPER)('saves as a PDF on %s', async (format) => {
    const pdf = await session.page.pdf({ format });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
  });
});

describe('printing the plan', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await goto(session, '#/plan');
    await session.page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => session.close());

  it('prints the meetings of section IV with their themes, as the source lists them', async () => {
    // innerText is what is rendered: nothing hidden by the print stylesheet counts.
    const printed = await session.page.locator('section[id="mispa-iii/s4"]').evaluate((el) => (el as HTMLElement).innerText);
    for (const date of ['15 septembre 2011', '22 septembre 2011', '29 septembre 2011', '13 octobre 2011', '27 octobre 2011']) expect(printed).toContain(date);
    expect(printed).toContain('Élection de la vice-présidence du Groupe de travail');
    expect(printed).toContain('Examen du document final');
  });
});

describe('printing a meeting with my notes', () => {
  it('prints my note only when I ask for it, and never its typing field', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await goto(session, '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-15'));
      const field = page.getByLabel('Mes notes sur cette réunion');
      await field.fill('Demander le calendrier révisé au secrétariat.');
      await field.blur();
      const printed = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('main *')]
            .filter((el) => el.getClientRects().length > 0 && el.children.length === 0 && el.textContent?.includes('Demander le calendrier révisé'))
            .map((el) => el.tagName.toLowerCase()),
        );
      await page.emulateMedia({ media: 'print' });
      expect(await printed()).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
      await page.getByLabel('Imprimer mes notes').check();
      await page.emulateMedia({ media: 'print' });
      expect(await printed()).toEqual(['p']);
      expect(await field.isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await session.close();
    }
  });
});
