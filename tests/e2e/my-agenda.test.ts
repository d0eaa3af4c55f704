/*
 * The delegate's own agenda and notes, on a 360 px phone, offline after the first load: mark
 * two meetings and write a note; an updated plan file moves one and removes the other: the
 * marks and the note survive and the user is told about both, once; a personal backup is
 * saved, the browser's database cleared, the backup restored: marks and note are back. The
 * plan file exported after that holds neither.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, eventually, goto, layoutProblems, openOfflineSession, waitForScreen, type Session } from './browser.ts';

const MOVED = 'mispa-iii/wg-2011-09-22';
const REMOVED = 'mispa-iii/wg-2011-09-29';
const NOTE = 'Demander le projet de déclaration révisé';

let session: Session | undefined;
const files = mkdtempSync(join(tmpdir(), 'quorum-agenda-'));
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(() => rmSync(files, { recursive: true, force: true }));

const card = (s: Session, id: string) => s.page.locator('article', { has: s.page.locator(`[id="title-${id}"]`) });
const mine = (s: Session, id: string) => card(s, id).getByRole('button', { name: /^Mon agenda/ });

async function download(s: Session, button: string): Promise<{ path: string; text: string }> {
  const [file] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: button }).click()]);
  const path = join(files, `${Date.now()}-${file.suggestedFilename()}`);
  copyFileSync(await file.path(), path);
  return { path, text: readFileSync(path, 'utf8') };
}

/** The plan file as the secretariat would send it next: one meeting moved a day, another removed. */
function updatedPlanFile(text: string): string {
  const file = JSON.parse(text) as {
    plans: { bundle: Record<string, { id: string; meetingId?: string; startDate?: string; citedIn?: { id: string }[] }[]>; history?: unknown }[];
  };
  const entry = file.plans[0]!;
  delete entry.history;
  const bundle = entry.bundle;
  bundle.meetings = bundle.meetings!.filter((m) => m.id !== REMOVED).map((m) => (m.id === MOVED ? { ...m, startDate: '2011-09-23' } : m));
  bundle.agendaItems = bundle.agendaItems!.filter((i) => i.meetingId !== REMOVED);
  bundle.documents = bundle.documents!.map((d) => ({ ...d, citedIn: d.citedIn!.filter((c) => c.id !== REMOVED) }));
  return JSON.stringify(file);
}

describe('my agenda and my notes', () => {
  it('survive an updated plan, are told once, and come back from a personal backup', async () => {
    session = await openOfflineSession();
    const s = session;

    await goto(s, '#/calendar');
    await mine(s, MOVED).click();
    await mine(s, REMOVED).click();
    await eventually(async () => expect(await s.page.locator('[aria-pressed="true"]').count()).toBe(2));
    expect(await layoutProblems(s.page)).toEqual([]);

    await goto(s, `#/meeting/${encodeURIComponent(MOVED)}`);
    await s.page.getByLabel('Mes notes sur cette réunion').fill(NOTE);
    await eventually(async () => expect(await s.page.getByText('Enregistré', { exact: true }).count()).toBe(1));

    await goto(s, '#/share');
    const plan = await download(s, 'Exporter le fichier');
    const update = join(files, 'update.quorum.json');
    await import('node:fs').then((fs) => fs.writeFileSync(update, updatedPlanFile(plan.text)));
    await s.page.getByLabel('Choisir un fichier').setInputFiles(update);
    await s.page.waitForURL(/#\/open$/);
    await waitForScreen(s.page);
    await s.page.getByRole('button', { name: 'Importer' }).click();
    await s.page.waitForURL(/#\/plan$/);

    await goto(s, '#/agenda');
    const notice = s.page.getByRole('status').filter({ hasText: 'réunions de votre agenda ont changé' });
    await eventually(async () => expect(await notice.count()).toBe(1));
    const told = (await notice.textContent()) ?? '';
    expect(told).toContain('Réunion du groupe de travail du 23 septembre 2011 : déplacée du 22 septembre 2011 au 23 septembre 2011.');
    expect(told).toContain('Réunion du groupe de travail du 29 septembre 2011 (29 septembre 2011) : retirée du plan.');
    expect(await s.page.getByText('N’est plus dans le plan').count()).toBe(1);
    expect(await s.page.locator('[aria-pressed="true"]').count()).toBe(2);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);

    // Told once: neither My agenda nor Today says it again.
    await goto(s, '#/agenda');
    await eventually(async () => expect(await s.page.getByText('N’est plus dans le plan · 29 septembre 2011').count()).toBe(1));
    await goto(s, '#/');
    await s.page.waitForTimeout(500);
    expect(await s.page.getByText(/de votre agenda (a|ont) changé/).count()).toBe(0);
    await goto(s, `#/meeting/${encodeURIComponent(MOVED)}`);
    await eventually(async () => expect(await s.page.getByLabel('Mes notes sur cette réunion').inputValue()).toBe(NOTE));

    await goto(s, '#/share');
    const backup = await download(s, 'Enregistrer une sauvegarde personnelle');
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'quorum-personal', version: 1 });

    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(s.baseUrl).origin, storageTypes: 'indexeddb' });
    await cdp.detach();
    await s.page.reload();
    await waitForScreen(s.page);

    await goto(s, '#/share');
    await s.page.getByLabel('Restaurer une sauvegarde personnelle').setInputFiles(backup.path);
    const preview = s.page.getByRole('region', { name: 'Ce que la sauvegarde restaurerait' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('MISPA-III : 2 marques, 1 note');
    await s.page.getByRole('button', { name: 'Restaurer', exact: true }).click();
    await eventually(async () => expect(await s.page.getByText('Restauré : 2 marques, 1 note.').count()).toBe(1));

    await goto(s, '#/calendar');
    await eventually(async () => expect(await s.page.locator('[aria-pressed="true"]').count()).toBe(2));
    await goto(s, `#/meeting/${encodeURIComponent(MOVED)}`);
    await eventually(async () => expect(await s.page.getByLabel('Mes notes sur cette réunion').inputValue()).toBe(NOTE));

    await goto(s, '#/share');
    const after = await download(s, 'Exporter le fichier');
    expect(after.text).not.toContain(NOTE);
    expect(after.text).not.toMatch(/"(marks|notes|markedAt|seen)"/);
    expect(s.errors).toEqual([]);
  });
});
