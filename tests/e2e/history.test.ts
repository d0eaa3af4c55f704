/*
 * The history a delegate can read, on a 360 px phone (issue 12, point 8): a word of a
 * paragraph edited, a mandate's status changed and an agenda item moved up through the
 * screens, then the changes read in French and in English: statuses in words (never
 * `pending → done`), the changed words of the paragraph struck out and inserted, the item's
 * move as a move; the comparison names the published version, never an "adopted" one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openSession, waitForScreen, PHONE, type Session } from './browser.ts';

const enc = encodeURIComponent;
const SECTION = 'mispa-iii/s1.1';
const M5 = 'mispa-iii/m5';
const MEETING = 'mispa-iii/wg-2011-09-15';
const ITEM = `${MEETING}/a3`;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function makeThreeChanges(s: Session): Promise<void> {
  const { page } = s;
  await goto(s, `#/edit/section/${enc(SECTION)}`);
  await page.getByRole('button', { name: 'Modifier le paragraphe 2' }).click();
  const field = page.getByLabel('Texte du paragraphe 2');
  const text = await field.inputValue();
  expect(text).toContain('de manière collective,');
  await field.fill(text.replace('collective', 'concertée'));
  await page.getByRole('form', { name: 'Modifier le paragraphe 2' }).getByRole('button', { name: 'Enregistrer' }).click();
  await eventually(async () => expect(await page.getByRole('form', { name: 'Modifier le paragraphe 2' }).count()).toBe(0));

  await goto(s, `#/edit/mandate/${enc(M5)}`);
  await page.getByLabel('Avancement').selectOption('done');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.waitForURL(/#\/plan\//);
  await waitForScreen(page);

  await goto(s, `#/meeting/${enc(MEETING)}`);
  await page.getByRole('button', { name: 'Monter le point 3' }).click();
  await eventually(async () => expect(await page.locator('ol.agenda > li .text').nth(1).textContent()).toContain('Examen du projet d’ordre du jour'));
}

const recent = (s: Session) => s.page.locator('section[aria-labelledby="recent-title"]');

async function expectClean(s: Session): Promise<void> {
  expect(await axeViolations(s.page)).toEqual([]);
  expect(await layoutProblems(s.page)).toEqual([]);
}

describe('the history, read on a phone', () => {
  it('tells a paragraph edit, a status change and a move in words, in French then in English', async () => {
    session = await openSession({ viewport: PHONE, organiser: true });
    const { page } = session;
    await makeThreeChanges(session);

    await goto(session, '#/changes');
    await eventually(async () => expect(await recent(session!).locator('li').count()).toBe(4));
    const fr = (await recent(session).textContent())!;
    expect(fr).toContain('Statut');
    expect(fr).toMatch(/À réaliser\s*→\s*après :\s*Réalisé/);
    expect(fr).toContain('Monte de la 3e à la 2e place');
    expect(fr).toContain('Descend de la 2e à la 3e place');
    expect(fr).not.toMatch(/pending|done|Point supprimé/);
    expect(await recent(session).locator('del', { hasText: 'collective' }).count()).toBe(1);
    expect(await recent(session).locator('ins', { hasText: 'concertée' }).count()).toBe(1);
    // The paragraph's start is unchanged: it is left out, so the change itself shows.
    expect(fr).toContain('…');
    expect(fr).not.toContain('Au cours de la MISPA-I');
    expect(await page.getByRole('heading', { name: 'Comparaison avec la version publiée' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toMatch(/adopté/i);
    await expectClean(session);

    await goto(session, `#/history/${enc(ITEM)}`);
    expect(await page.getByText('Monte de la 3e à la 2e place').count()).toBe(1);
    expect(await page.getByText('Point de l’ordre du jour : Examen du projet d’ordre du jour').count()).toBe(1);
    await expectClean(session);

    await goto(session, '#/plans');
    await page.getByLabel('Langue', { exact: true }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await goto(session, '#/changes');
    await eventually(async () => expect(await recent(session!).locator('li').count()).toBe(4));
    const en = (await recent(session).textContent())!;
    expect(en).toMatch(/Pending\s*→\s*after:\s*Done/);
    expect(en).toContain('Moves up from 3rd to 2nd place');
    expect(en).toContain('Mandate changed');
    expect(en).not.toMatch(/pending|→ done|Item deleted/);
    expect(await recent(session).locator('del', { hasText: 'collective' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Comparison with the published version' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toMatch(/adopted/i);
    await expectClean(session);

    await goto(session, `#/history/${enc(M5)}`);
    expect(await page.getByText('Status', { exact: true }).count()).toBe(1);
    expect(await page.locator('dd', { hasText: 'Done' }).count()).toBe(1);
    expect(session.errors).toEqual([]);
  });
});
