/*
 * The Plans screen's storage section in a real browser: whether the data is kept for good,
 * the space used, and the current plan's last backup, with no accessibility or layout problem.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openSession, PHONE, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('storage section', () => {
  it('says whether storage is persistent, the space used and the last backup', async () => {
    session = await openSession({ viewport: PHONE });
    const { page } = session;
    await goto(session, '#/plans');
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Stockage' }) });
    await eventually(async () => expect(await section.getByText(/^Stockage persistant : (oui|non)\./).count()).toBe(1));
    await eventually(async () => expect(await section.getByText(/^Espace utilisé : .+ sur .+/).count()).toBe(1));
    await eventually(async () => expect(await section.getByText('Aucune sauvegarde de ce plan pour l’instant').count()).toBe(1));
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
