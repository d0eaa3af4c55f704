/*
 * Every screen (screen-list.ts) in each interface language, light and dark, on a 360 px
 * phone: axe finds no violation, <html lang> is the interface language, nothing scrolls
 * sideways and touch targets are 44 px at least. One browser per language and scheme, and one
 * test file per language (a11y-matrix-<lang>.test.ts), so that the languages run side by side. In dark
 * mode only the colour rules run: the page is the same but for its colours, and every other
 * rule has already run on it in light mode (this halves the matrix's time). The screens run
 * in organiser mode, then those of reading mode (screen-list.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES, goto, layoutProblems, openSession, organiserMode, PHONE, type Session } from './browser.ts';
import { SCREENS } from './screen-list.ts';

const LOCALES = { fr: 'fr-FR', en: 'en-US', es: 'es-MX', pt: 'pt-BR' } as const;
const SCHEMES = ['light', 'dark'] as const;

/** Opens a state of the screen (screen-list.ts `click`) and waits until what it shows has settled. */
async function openState(session: Session, selector: string): Promise<void> {
  await session.page.click(selector);
  // A dialog opened, or the status line of the clicked control's section says what happened.
  await session.page.waitForFunction(
    (clicked) => document.querySelector('dialog[open]') || document.querySelector(clicked)?.closest('section')?.querySelector('[role="status"]')?.textContent,
    selector,
  );
}

/** The matrix for one interface language: light, then dark. */
export function describeMatrix(lang: keyof typeof LOCALES): void {
  const locale = LOCALES[lang];
  describe.each(SCHEMES)(`${lang}, %s`, (colorScheme) => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({ viewport: PHONE, locale, colorScheme });
    });
    afterAll(async () => session.close());

    it('every screen is axe-clean, in the interface language, without sideways scroll', async () => {
      const problems: string[] = [];
      let reading: boolean | undefined;
      for (const { name, hash, now, click, reading: readingScreen } of SCREENS) {
        if (reading !== !!readingScreen) await organiserMode(session, !(reading = !!readingScreen));
        // A screen that depends on the day gets its own fixed clock; the others keep the last one.
        if (now) await session.context.clock.setFixedTime(new Date(now));
        await goto(session, hash);
        if (click) await openState(session, click);
        const htmlLang = await session.page.getAttribute('html', 'lang');
        if (htmlLang !== lang) problems.push(`${name}: html lang ${htmlLang}`);
        for (const problem of [
          ...(await axeViolations(session.page, colorScheme === 'dark' ? COLOUR_RULES : undefined)),
          ...(await layoutProblems(session.page)),
        ]) {
          problems.push(`${name}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
      expect(session.errors).toEqual([]);
    }, 240_000);
  });
}
