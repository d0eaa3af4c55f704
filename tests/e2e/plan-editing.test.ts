/*
 * Editing the plan's text on a 360 px phone, offline: a mandate's responsible bodies and its
 * "to be confirmed" flag, kept after a reload; a paragraph added to section II and moved up;
 * unsaved input in a paragraph kept across a reload; every form screen axe-clean, with no
 * sideways scroll and touch targets of 44 px at least.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openOfflineSession, openSession, waitForScreen, PHONE, type Session } from './browser.ts';

const enc = encodeURIComponent;
const M5 = 'mispa-iii/m5';
const S2 = 'mispa-iii/s2';
const RES = 'mispa-iii/res-2629';
const DOC = 'mispa-iii/doc-cp-res-934';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const offlinePhone = () => openOfflineSession({ viewport: PHONE, organiser: true });

async function expectClean(s: Session): Promise<void> {
  expect(await axeViolations(s.page)).toEqual([]);
  expect(await layoutProblems(s.page)).toEqual([]);
}

const heading = (s: Session) => s.page.locator('h1').textContent();

describe('editing the plan text, offline on a phone', () => {
  it('edits mandate 5 (flag cleared, new responsible bodies) and finds it on the plan after a reload', async () => {
    session = await offlinePhone();
    const { page } = session;
    await goto(session, `#/plan/${enc(M5)}`);
    await page.getByRole('link', { name: 'Modifier le mandat 5', exact: true }).click();
    await page.waitForURL(/#\/edit\/mandate\//);
    await eventually(async () => expect(await heading(session!)).toBe('Modifier le mandat 5'));
    await expectClean(session);

    await page.getByLabel('À confirmer par le groupe').uncheck();
    await expect(page.getByLabel('Ce qui est à confirmer').count()).resolves.toBe(0);
    await page.getByLabel('Secteurs responsables').fill('Commission sur la sécurité continentale\n\nSecrétariat à la sécurité multidimensionnelle\n');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/#\/plan\//);
    await waitForScreen(page);

    await page.reload();
    await waitForScreen(page);
    const mandate = page.locator(`[id="${M5}"]`);
    await eventually(async () => {
      const bodies = await mandate.locator('.responsible li').allTextContents();
      expect(bodies.map((b) => b.trim())).toEqual(['Commission sur la sécurité continentale', 'Secrétariat à la sécurité multidimensionnelle']);
    });
    await expect(mandate.getByText('À confirmer').count()).resolves.toBe(0);
    await expect(page.locator(`[id="mispa-iii/m4"]`).getByText('À confirmer').count()).resolves.toBe(1);
    expect(session.errors).toEqual([]);
  });

  it('adds a paragraph to section II, moves it up, and finds it in place on the plan', async () => {
    session = await offlinePhone();
    const { page } = session;
    await goto(session, `#/plan/${enc(S2)}`);
    await page.getByRole('link', { name: 'Modifier la section II', exact: true }).click();
    await page.waitForURL(/#\/edit\/section\//);
    await eventually(async () => expect(await heading(session!)).toContain('Modifier la section : II. MANDAT'));
    await expectClean(session);

    const text = 'Le groupe se réunit au siège de l’OEA.';
    await page.getByLabel('Nouveau paragraphe').fill(text);
    await page.getByRole('button', { name: 'Ajouter le paragraphe' }).click();
    const rows = page.locator('ol.paragraphs > li');
    await eventually(async () => expect(await rows.nth(5).textContent()).toContain(text));
    await expect(page.getByLabel('Nouveau paragraphe').inputValue()).resolves.toBe('');

    await page.getByRole('button', { name: 'Monter le paragraphe 6' }).click();
    await eventually(async () => expect(await rows.nth(4).textContent()).toContain(text));
    // The focus stays on the moved paragraph's button, so the keyboard user can go on.
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Monter le paragraphe 5'));
    await expectClean(session);

    await page.reload();
    await waitForScreen(page);
    await goto(session, `#/plan/${enc(S2)}`);
    const paragraphs = page.locator(`section[id="${S2}"] > p[id]`);
    await expect(paragraphs.count()).resolves.toBe(6);
    await expect(paragraphs.nth(4).textContent()).resolves.toContain(text);
  });

  it('keeps a paragraph being edited across a reload, and an invalid mandate cannot be saved', async () => {
    session = await offlinePhone();
    const { page } = session;
    await goto(session, `#/edit/section/${enc(S2)}`);
    await page.getByRole('button', { name: 'Modifier le paragraphe 2' }).click();
    await page.getByLabel('Texte du paragraphe 2').fill('Texte en cours de révision');
    await page.reload();
    await waitForScreen(page);
    await expect(page.getByLabel('Texte du paragraphe 2').inputValue()).resolves.toBe('Texte en cours de révision');
    await expect(page.getByText('Saisie non enregistrée retrouvée').count()).resolves.toBe(1);

    // Leaving asks first; refusing keeps the input.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: 'Retour au plan' }).click();
    await page.waitForTimeout(200);
    expect(page.url()).toContain('#/edit/section/');

    await page.getByRole('form', { name: 'Modifier le paragraphe 2' }).getByRole('button', { name: 'Abandonner' }).click();
    await goto(session, `#/edit/mandate/${enc(M5)}`);
    await page.getByLabel('Texte du mandat').fill('');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await eventually(async () => expect(await page.getByRole('alert').filter({ hasText: 'Corrigez les champs' }).count()).toBe(1));
    await expect(page.getByText('Ce champ est obligatoire.').count()).resolves.toBe(1);
    expect(page.url()).toContain('#/edit/mandate/');
    await expectClean(session);
  });

  // A longer limit than the default: ten screens checked by axe, after switching organiser mode on.
  it('has axe-clean, phone-sized add and edit screens for sections, resolutions, mandates and documents', async () => {
    session = await openSession({ viewport: PHONE, organiser: true });
    const screens: [string, string][] = [
      [`#/new/section/mispa-iii`, 'Nouvelle section'],
      [`#/new/section/${enc('mispa-iii/s1')}`, 'Nouvelle sous-section'],
      [`#/edit/section/${enc('mispa-iii/s1')}`, 'Modifier la section'],
      [`#/edit/resolution/${enc(RES)}`, 'Modifier la résolution'],
      [`#/new/mandate/${enc(RES)}`, 'Nouveau mandat'],
      [`#/edit/mandate/${enc('mispa-iii/m4')}`, 'Modifier le mandat 4'],
      [`#/new/document/mispa-iii`, 'Nouveau document'],
      [`#/edit/document/${enc(DOC)}`, 'Modifier le document'],
      ['#/plan', 'Plan de travail'],
      ['#/documents', 'Documents cités'],
    ];
    for (const [hash, title] of screens) {
      await goto(session, hash);
      await eventually(async () => expect(await heading(session!)).toContain(title));
      await expectClean(session);
    }
    // With errors shown too.
    await goto(session, `#/new/document/mispa-iii`);
    await session.page.getByRole('button', { name: 'Enregistrer' }).click();
    await eventually(async () => expect(await session!.page.getByRole('alert').count()).toBe(1));
    await expectClean(session);
    expect(session.errors).toEqual([]);
  }, 120_000);
});
