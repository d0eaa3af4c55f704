/*
 * The interface in the device's language: Spanish for a Spanish phone, a remembered switch
 * (Portuguese survives a reload), and no axe violation in English or Spanish, with the plan's
 * French text marked lang="fr".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, goto, openSession, type Session } from './browser.ts';

const MEETING = '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-15');

describe('languages', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('speaks Spanish on a Spanish device, and remembers a switch to Portuguese', async () => {
    session = await openSession({ locale: 'es-ES' });
    const { page } = session;
    await goto(session, '#/');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.getByRole('navigation', { name: 'Navegación principal' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/reunión del grupo/i);
    expect(await page.locator('h1 [lang="fr"]').count()).toBe(1);

    await goto(session, '#/plans');
    await page.getByLabel('Idioma', { exact: true }).selectOption('pt');
    await page.waitForFunction(() => document.documentElement.lang === 'pt');
    await page.waitForSelector('main[aria-busy="false"][data-started] h1');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Meus planos');
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"][data-started] h1');
    expect(await page.getAttribute('html', 'lang')).toBe('pt');
    await goto(session, '#/');
    // The overview replaces the plans screen a moment after the address changes.
    await page.getByRole('link', { name: 'Percorrer o plano' }).waitFor();
    expect(await page.getByRole('link', { name: 'Percorrer o plano' }).count()).toBe(1);
  });

  for (const [locale, lang] of [
    ['en-US', 'en'],
    ['es-MX', 'es'],
  ] as const) {
    it(`has no axe violation in ${lang} on the overview, calendar, a meeting and the plans screen`, async () => {
      session = await openSession({ locale });
      for (const hash of ['#/', '#/calendar', MEETING, '#/plans']) {
        await goto(session, hash);
        expect(await session.page.getAttribute('html', 'lang')).toBe(lang);
        expect(await axeViolations(session.page), `${lang} ${hash}`).toEqual([]);
      }
      expect(session.errors).toEqual([]);
    });
  }
});
