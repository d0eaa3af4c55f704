/*
 * A user adds a translation of a text of the plan, offline on a phone: an English heading for
 * section II typed on its edit form is what an English interface shows (in English, not
 * marked French), while a Spanish interface, with no Spanish translation, shows the French
 * original marked lang="fr" for screen readers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, openOfflineSession, waitForScreen, PHONE, type Session } from './browser.ts';

const S2 = 'mispa-iii/s2';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function switchLanguage(s: Session, lang: string): Promise<void> {
  await goto(s, '#/plans');
  await s.page.locator('#language').selectOption(lang);
  await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await waitForScreen(s.page);
}

/** The heading of section II on the plan screen, with the language it is read out in. */
async function sectionHeading(s: Session): Promise<{ text: string; lang: string | null }> {
  await goto(s, `#/plan/${encodeURIComponent(S2)}`);
  const heading = s.page.locator(`[id="${S2}"] :is(h2, h3)`).first();
  return heading.evaluate((el) => {
    const inner = el.querySelector('[lang]');
    return { text: el.textContent?.trim() ?? '', lang: (inner ?? el.closest('[lang]'))?.getAttribute('lang') ?? null };
  });
}

describe('translations of the plan’s text', () => {
  it('adds an English heading to section II, shown in English, the French original elsewhere', async () => {
    session = await openOfflineSession({ viewport: PHONE });
    const { page } = session;
    await goto(session, `#/edit/section/${encodeURIComponent(S2)}`);
    const panel = page.getByRole('region', { name: 'Traductions' });
    await expect(panel.getByLabel('Texte à traduire').inputValue()).resolves.toBe('heading');
    await panel.getByLabel('Langue de la traduction').selectOption('en');
    await panel.getByLabel('Traduction', { exact: true }).fill('MANDATE');
    await panel.getByRole('button', { name: 'Valider la traduction' }).click();
    await eventually(async () => expect(await page.getByRole('status').filter({ hasText: 'Traduction enregistrée.' }).count()).toBe(1));
    expect(await axeViolations(page)).toEqual([]);

    // French interface: the original.
    await expect(sectionHeading(session)).resolves.toMatchObject({ text: expect.stringContaining('MANDAT'), lang: 'fr' });

    await switchLanguage(session, 'en');
    const english = await sectionHeading(session);
    expect(english.text).toContain('MANDATE');
    expect(english.lang).toBe('en');

    await switchLanguage(session, 'es');
    const spanish = await sectionHeading(session);
    expect(spanish.text).toContain('MANDAT');
    expect(spanish.text).not.toContain('MANDATE');
    expect(spanish.lang).toBe('fr');
    expect(session.errors).toEqual([]);
  });
});
