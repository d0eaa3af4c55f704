/*
 * Keeping the plan alive on a phone, offline: edit a meeting's time, reload, find it kept and
 * in the history, undo it; a second tab sees changes live; unsaved input survives a reload;
 * an invalid form cannot be saved and loses nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, goto, openOfflineSession, waitForScreen, PHONE, type Session } from './browser.ts';

const ID = 'mispa-iii/wg-2011-09-22';
const MEETING = '#/meeting/' + encodeURIComponent(ID);
const EDIT = '#/edit/meeting/' + encodeURIComponent(ID);

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const offlinePhone = () => openOfflineSession({ viewport: PHONE, organiser: true });

describe('editing, offline on a phone', () => {
  it('edits a meeting time, keeps it after a reload, shows it in the history, and undoes it', async () => {
    session = await offlinePhone();
    const { page } = session;
    await goto(session, MEETING);
    await page.getByRole('link', { name: 'Modifier la réunion' }).click();
    await waitForScreen(page);
    await page.getByLabel('Heure de début').fill('10:00');
    await page.getByLabel('Heure de fin').fill('13:00');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/#\/meeting\//);
    await waitForScreen(page);
    await eventually(async () => expect(await page.getByText('10:00 – 13:00').count()).toBe(1));

    await page.reload();
    await waitForScreen(page);
    await expect(page.getByText('10:00 – 13:00').count()).resolves.toBe(1);

    await page.getByRole('link', { name: 'Historique des modifications' }).click();
    await waitForScreen(page);
    await expect(page.getByText('Réunion modifiée').count()).resolves.toBe(1);
    await expect(page.locator('ins', { hasText: '10:00' }).count()).resolves.toBe(1);

    await goto(session, '#/changes');
    await page.getByRole('button', { name: 'Défaire la dernière modification' }).click();
    await eventually(async () => expect(await page.getByRole('status').filter({ hasText: 'Modification annulée.' }).count()).toBe(1));
    await goto(session, MEETING);
    await expect(page.getByText('Journée entière (heure non précisée)').count()).resolves.toBe(1);
  });

  it('refuses an invalid form with clear messages and loses nothing typed', async () => {
    session = await offlinePhone();
    const { page } = session;
    await goto(session, EDIT);
    await page.getByLabel('Heure de début').fill('10:00');
    await page.getByLabel('Heure de fin').fill('09:00');
    await page.getByLabel('Dernier jour').fill('2011-09-21');
    // A date field commits its value when it loses focus, as after a date picker closes.
    await page.getByLabel('Dernier jour').blur();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await eventually(async () => expect(await page.getByRole('alert').filter({ hasText: 'Corrigez les champs' }).count()).toBe(1));
    await expect(page.getByText('La date de fin est antérieure à la date de début.').count()).resolves.toBe(1);
    await expect(page.getByText('L’heure de fin doit être postérieure à l’heure de début.').count()).resolves.toBe(0); // different days
    expect(page.url()).toContain('#/edit/meeting/');
    await expect(page.getByLabel('Heure de début').inputValue()).resolves.toBe('10:00');
  });

  it('keeps unsaved input across a reload, and asks before leaving it', async () => {
    session = await offlinePhone();
    const { page } = session;
    await goto(session, EDIT);
    await page.getByLabel('Lieu').fill('Salle Simón Bolívar');
    await page.reload();
    await waitForScreen(page);
    await expect(page.getByLabel('Lieu').inputValue()).resolves.toBe('Salle Simón Bolívar');
    await expect(page.getByText('Saisie non enregistrée retrouvée').count()).resolves.toBe(1);

    // Leaving asks first; refusing keeps the form and its input.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: 'Calendrier' }).click();
    await page.waitForTimeout(200);
    expect(page.url()).toContain('#/edit/meeting/');
    await expect(page.getByLabel('Lieu').inputValue()).resolves.toBe('Salle Simón Bolívar');
  });

  it('records outcomes with one tap and shows a change made in another tab live', async () => {
    session = await offlinePhone();
    const { page, context } = session;
    await goto(session, MEETING);
    const other = await context.newPage();
    await other.goto(new URL(MEETING, session.baseUrl).href);
    await waitForScreen(other);

    await page.getByRole('group', { name: 'Résultat du point 2' }).getByRole('button', { name: 'Décidé' }).click();
    await eventually(async () =>
      expect(await page.getByRole('group', { name: 'Résultat du point 2' }).getByRole('button', { name: 'Décidé' }).getAttribute('aria-pressed')).toBe('true'),
    );
    // The other tab updates by itself (Dexie live query across tabs).
    await other.waitForFunction(() =>
      document.querySelector('[aria-label="Résultat du point 2"] button[aria-pressed="true"]')?.textContent?.includes('Décidé'),
    );

    await page.getByLabel('Nouveau point à l’ordre du jour').fill('Questions diverses');
    await page.getByRole('button', { name: 'Ajouter le point' }).click();
    await other.waitForFunction(() => document.body.textContent?.includes('Questions diverses'));
    await page.getByRole('button', { name: 'Monter le point 3' }).click();
    await eventually(async () => {
      expect(await page.locator('ol.agenda > li .text').first().textContent()).toContain('Examen des documents prévus');
      expect(await page.locator('ol.agenda > li .text').nth(1).textContent()).toContain('Questions diverses');
    });
  });

  it('deletes a plan with confirmation and brings it back with undo', async () => {
    session = await offlinePhone();
    const { page } = session;
    await goto(session, '#/plans');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await eventually(async () => {
      expect(await page.getByRole('status').filter({ hasText: 'supprimé' }).count()).toBe(1);
      expect(await page.locator('ul.plans li').count()).toBe(0);
    });
    // With no plan left, the plans screen stays usable (create, restore, undo).
    await expect(page.getByRole('heading', { name: 'Nouveau plan vide' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Défaire' }).click();
    await page.waitForFunction(() => document.querySelectorAll('ul.plans li').length === 1);
    await goto(session, '#/calendar');
    await expect(page.locator('article').count()).resolves.toBe(10);
  });
});
