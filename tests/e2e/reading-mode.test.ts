/*
 * Reading mode, the default, in the built app on a phone: no screen of screen-list.ts has a
 * control that edits, moves or deletes (links to edit routes counted, buttons by name), an
 * edit route says the plan is in reading mode instead of opening its form, and organiser mode
 * is switched on and off by keyboard (from that notice and from the plans screen).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, goto, layoutProblems, openSession, PHONE, waitForScreen, type Session } from './browser.ts';
import { SCREENS } from './screen-list.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const MEETING = '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-15');
const EDIT_MEETING = '#/edit/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-15');
const EDIT_NAME =
  /^(Modifier|Supprimer|Monter|Descendre|Reporter$|Annuler la réunion|Ajouter (une|un|le point)|Nouveau point|Rétablir|Décidé|Reporté|Retiré|Maintenant|✕|↑|↓)/;

/** The controls of the page that would change the plan, by where they lead or what they are called. */
function editControls(s: Session): Promise<string[]> {
  return s.page.evaluate((pattern) => {
    const edit = new RegExp(pattern);
    const main = document.querySelector('main')!;
    const links = [...main.querySelectorAll('a[href^="#/edit/"], a[href^="#/new/"]')].map((a) => `link ${a.getAttribute('href')}`);
    const buttons = [...main.querySelectorAll('button')]
      .map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim())
      .filter((name) => edit.test(name))
      .map((name) => `button ${name}`);
    const forms = [...main.querySelectorAll('form textarea, form input[type="text"], form input[type="time"]')].map((f) => `field ${f.id}`);
    return [...links, ...buttons, ...forms];
  }, EDIT_NAME.source);
}

describe('reading mode, on a phone', () => {
  it('no screen has an edit, move or delete control; edit routes say the plan is in reading mode', async () => {
    session = await openSession({ viewport: PHONE });
    const problems: string[] = [];
    for (const { name, hash, now } of SCREENS) {
      if (now) await session.context.clock.setFixedTime(new Date(now));
      await goto(session, hash);
      // The plans screen acts on whole plans of the device (create, duplicate, delete), which
      // reading mode keeps: they are not edits of a plan's content.
      if (hash === '#/plans') continue;
      for (const control of await editControls(session)) problems.push(`${name}: ${control}`);
      const form = /^#\/(edit|new)\//.test(hash);
      const notice = await session.page.getByRole('heading', { level: 1, name: 'Ce plan est en mode lecture' }).count();
      if (form && notice !== 1) problems.push(`${name}: no reading-mode notice`);
    }
    expect(problems).toEqual([]);
    expect(session.errors).toEqual([]);
  }, 180_000);

  it('switches organiser mode on from an edit route by keyboard, opening the form, and off from the plans screen', async () => {
    session = await openSession({ viewport: PHONE });
    const { page } = session;
    await goto(session, EDIT_MEETING);
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Activer le mode organisateur' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Heure de début').waitFor();

    await goto(session, MEETING);
    await page
      .getByRole('button', { name: 'Modifier la réunion' })
      .or(page.getByRole('link', { name: 'Modifier la réunion' }))
      .waitFor();

    await goto(session, '#/plans');
    const toggle = page.getByRole('button', { name: 'Mode organisateur pour MISPA-III' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.focus();
    await page.keyboard.press('Space');
    await page.locator('li[aria-current="true"] .mode button[aria-pressed="false"]').waitFor();
    await page.getByRole('status').filter({ hasText: 'Mode lecture' }).waitFor();

    await goto(session, MEETING);
    expect(await editControls(session)).toEqual([]);
    // The meeting page of reading mode: add to my calendar before the agenda.
    const order = await page.evaluate(() => {
      const add = [...document.querySelectorAll('main button')].find((b) => b.textContent?.trim() === 'Ajouter à mon agenda');
      const agenda = [...document.querySelectorAll('main h2')].find((h) => h.textContent?.trim() === 'Ordre du jour');
      return add && agenda ? add.compareDocumentPosition(agenda) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(session.errors).toEqual([]);
  });

  it('says so in the interface language (English)', async () => {
    session = await openSession({ viewport: PHONE, locale: 'en-US' });
    await goto(session, EDIT_MEETING);
    await session.page.getByRole('heading', { level: 1, name: 'This plan is in reading mode' }).waitFor();
    expect(await session.page.getByRole('button', { name: 'Switch on organiser mode' }).count()).toBe(1);
    await goto(session, '#/plan');
    await waitForScreen(session.page);
    expect(await session.page.getByRole('button', { name: 'Organiser mode' }).getAttribute('aria-pressed')).toBe('false');
  });
});
