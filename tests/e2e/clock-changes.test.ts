/*
 * The meeting form at the clock changes, on a phone: 02:30 on the day New York's clocks go
 * forward is refused with the gap named; 01:30 on the day they go back asks which one (a
 * radio group by UTC offset, axe-clean, 44 px targets, no horizontal scroll), and the meeting
 * page then shows the time with the offset chosen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openOfflineSession, waitForScreen, PHONE, type Session } from './browser.ts';

const ID = 'mispa-iii/wg-2011-09-22';
const EDIT = '#/edit/meeting/' + encodeURIComponent(ID);

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('times the clocks skip or show twice, on a phone', () => {
  it('refuses a skipped time and asks which one for a doubled time, then shows the one chosen', async () => {
    session = await openOfflineSession({ viewport: PHONE, organiser: true });
    const { page } = session;
    await goto(session, EDIT);
    await page.getByLabel('Fuseau horaire').selectOption('America/New_York');
    await page.getByLabel('Date (premier jour)').fill('2011-03-13');
    await page.getByLabel('Date (premier jour)').blur();
    await page.getByLabel('Heure de début').fill('02:30');
    await page.getByLabel('Heure de fin').fill('04:00');
    await eventually(async () =>
      expect(await page.getByText('2:30 n’existe pas le 13 mars 2011 à New York : les horloges passent de 2:00 à 3:00.').count()).toBe(1),
    );

    await page.getByLabel('Date (premier jour)').fill('2011-11-06');
    await page.getByLabel('Date (premier jour)').blur();
    await page.getByLabel('Heure de début').fill('01:30');
    const group = page.getByRole('group', { name: 'L’heure de début, 1:30, existe deux fois ce jour-là : laquelle ?' });
    await eventually(async () => expect(await group.count()).toBe(1));
    expect(await group.getByRole('radio').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await eventually(async () => expect(await group.getByText(/existe deux fois le 6 novembre 2011 à New York/).count()).toBe(1));
    expect(await axeViolations(page)).toEqual([]);

    await group.getByLabel('1:30 UTC−05:00 (la seconde)').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/#\/meeting\//);
    await waitForScreen(page);
    await eventually(async () => expect(await page.getByText('1:30 UTC−05:00 – 4:00').count()).toBe(1));
  });
});
