/*
 * A user adds a translation of a text of the plan, offline on a phone: an English heading for
 * section II typed on its edit form is what an English interface shows (in English, not
 * marked French), marked as a translation with the French original one tap away (and on
 * paper), while a Spanish interface, with no Spanish translation, shows the French original
 * marked lang="fr" for screen readers. "Original texts only" (remembered) shows no translation.
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

const headingOfS2 = (s: Session) => s.page.locator(`[id="${S2}"] :is(h2, h3)`).first();

/** The heading of section II on the plan screen as shown, with the language `word` in it is read out in. */
async function sectionHeading(s: Session, word: string): Promise<{ text: string; lang: string | null }> {
  await goto(s, `#/plan/${encodeURIComponent(S2)}`);
  return headingOfS2(s).evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let lang: string | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.includes(w) && node.parentElement?.checkVisibility()) {
        lang = node.parentElement.closest('[lang]')?.getAttribute('lang') ?? null;
        break;
      }
    }
    return { text: (el as HTMLElement).innerText.trim(), lang };
  }, word);
}

describe('translations of the plan’s text', () => {
  it('adds an English heading to section II, shown in English, the French original elsewhere', async () => {
    session = await openOfflineSession({ viewport: PHONE, organiser: true });
    const { page } = session;
    await goto(session, `#/edit/section/${encodeURIComponent(S2)}`);
    const panel = page.getByRole('region', { name: 'Traductions' });
    await expect(panel.getByLabel('Texte à traduire').inputValue()).resolves.toBe('heading');
    await panel.getByLabel('Langue de la traduction').selectOption('en');
    await panel.getByLabel('Traduction', { exact: true }).fill('MANDATE');
    await panel.getByRole('button', { name: 'Valider la traduction' }).click();
    await eventually(async () => expect(await page.getByRole('status').filter({ hasText: 'Traduction enregistrée.' }).count()).toBe(1));
    expect(await axeViolations(page)).toEqual([]);

    // French interface: the original, with no mark.
    await expect(sectionHeading(session, 'MANDAT')).resolves.toMatchObject({ text: 'II. MANDAT', lang: 'fr' });

    await switchLanguage(session, 'en');
    const english = await sectionHeading(session, 'MANDATE');
    expect(english.lang).toBe('en');
    expect(english.text).toContain('MANDATE');
    // Marked as a translation, with its language; the original is one tap (or key) away.
    expect(english.text).toContain('Translation (English)');
    expect(english.text).not.toMatch(/\bMANDAT\b/);
    await expect(headingOfS2(session).getByRole('button', { name: 'show the original (French)' }).count()).resolves.toBe(1);
    const toggle = headingOfS2(session).getByRole('button');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(toggle.innerText()).resolves.toBe('hide the original');
    const original = headingOfS2(session).locator('[lang="fr"]');
    await expect(original.innerText()).resolves.toBe('MANDAT');
    expect(await axeViolations(page)).toEqual([]);
    // On paper: the translation, its mark and the original, even with the original closed.
    await page.keyboard.press('Enter');
    await page.emulateMedia({ media: 'print' });
    await expect(original.isVisible()).resolves.toBe(true);
    await expect(headingOfS2(session).innerText()).resolves.toMatch(/MANDATE[\s\S]*Translation \(English\)[\s\S]*MANDAT/);
    await page.emulateMedia({ media: 'screen' });

    await switchLanguage(session, 'es');
    const spanish = await sectionHeading(session, 'MANDAT');
    expect(spanish.text).toContain('MANDAT');
    expect(spanish.text).not.toContain('MANDATE');
    expect(spanish.text).not.toContain('Traducción');
    expect(spanish.lang).toBe('fr');
    expect(session.errors).toEqual([]);
  });

  it('shows the originals only once the user chooses so, remembered across reloads', async () => {
    session = await openOfflineSession({ viewport: PHONE, organiser: true });
    const { page } = session;
    await goto(session, `#/edit/section/${encodeURIComponent(S2)}`);
    const panel = page.getByRole('region', { name: 'Traductions' });
    await panel.getByLabel('Langue de la traduction').selectOption('en');
    await panel.getByLabel('Traduction', { exact: true }).fill('MANDATE');
    await panel.getByRole('button', { name: 'Valider la traduction' }).click();
    await eventually(async () => expect(await page.getByRole('status').filter({ hasText: 'Traduction enregistrée.' }).count()).toBe(1));
    await switchLanguage(session, 'en');
    await expect(sectionHeading(session, 'MANDATE')).resolves.toMatchObject({ lang: 'en' });

    await goto(session, '#/plans');
    const box = page.getByLabel('Show original texts only');
    await expect(box.isChecked()).resolves.toBe(false);
    await Promise.all([page.waitForEvent('load'), box.check()]);
    await waitForScreen(page);
    const original = await sectionHeading(session, 'MANDAT');
    expect(original).toMatchObject({ text: 'II. MANDAT', lang: 'fr' });
    await page.reload();
    await waitForScreen(page);
    await expect(sectionHeading(session, 'MANDAT')).resolves.toMatchObject({ text: 'II. MANDAT', lang: 'fr' });
    await goto(session, '#/plans');
    await expect(page.getByLabel('Show original texts only').isChecked()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
