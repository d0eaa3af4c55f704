import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import OpenScreen from '../../../src/lib/components/plan-files/OpenScreen.svelte';
import ShareScreen from '../../../src/lib/components/plan-files/ShareScreen.svelte';
import { updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { feedback } from '../../../src/lib/state/feedback.svelte.ts';
import { pendingFile } from '../../../src/lib/plan-files/pending-file.svelte.ts';
import { makePlanFile } from '../factories.ts';
import { T1, T2, T3 } from '../db/db-helpers.ts';
import { recordBackup } from '../../../src/lib/plan-files/backup-store.ts';
import { snapshot } from '../plan-files/transfer-helpers.ts';
import { secretariatUpdate, WG } from '../plan-files/update-fixture.ts';
import { seedAppDb } from './app-db.ts';
import { shareScreenCode } from './share-screen-code.ts';

const HOSTILE = '{"format":"quorum-plan","version":2,"plans":[{"__proto__":{"x":1}}]}';

function updateFile(): File {
  return new File([JSON.stringify(makePlanFile([{ bundle: secretariatUpdate().bundle }]))], 'MISPA-III-2011-10-01.quorum.json');
}

beforeEach(() => {
  location.hash = '#/share';
  pendingFile.file = undefined;
  feedback.clear();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await shareScreenCode();
});

describe('ShareScreen', () => {
  it('shows the backup status, and reminds prominently of changes in no backup', async () => {
    const db = await seedAppDb();
    render(ShareScreen, { bundle: mispaIII });
    expect(await screen.findByText('Aucune sauvegarde de ce plan pour l’instant')).toBeTruthy();
    expect(screen.getByText('Le plan n’a pas changé depuis son chargement : rien à sauvegarder pour l’instant.')).toBeTruthy();
    await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T1);
    expect(await screen.findByText('Aucune sauvegarde de ce plan pour l’instant · 1 modification non sauvegardée')).toBeTruthy();
    expect(screen.getByText(/ne sont dans aucune sauvegarde/)).toBeTruthy();

    await recordBackup(db, [mispaIII.plan.id], T2);
    expect(await screen.findByText(/^Dernière sauvegarde : 2 mars 2024/)).toBeTruthy();
    expect(screen.getByText('Toutes les modifications de ce plan sont dans une sauvegarde.')).toBeTruthy();
    await updateMeeting(db, WG[1]!.id, { startTime: '11:00' }, T3);
    expect(await screen.findByText(/^Dernière sauvegarde : 2 mars 2024 à .* · 1 modification depuis$/)).toBeTruthy();
  });

  it('hands a chosen or dropped file to the import screen', async () => {
    await seedAppDb();
    const { container } = render(ShareScreen, { bundle: mispaIII });
    const input = screen.getByLabelText('Choisir un fichier') as HTMLInputElement;
    expect(input.accept).toBe('.json,.ics,application/json,text/calendar');
    const chosen = new File(['{}'], 'a.quorum.json');
    Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
    await fireEvent.change(input);
    expect(pendingFile.file).toBe(chosen);
    expect(location.hash).toBe('#/open');

    location.hash = '#/share';
    const dropped = new File(['BEGIN:VCALENDAR'], 'b.ics');
    await fireEvent.drop(container.querySelector('[data-drop-zone]')!, { dataTransfer: { files: [dropped], types: ['Files'] } });
    expect(pendingFile.file).toBe(dropped);
    expect(location.hash).toBe('#/open');
  });
});

describe('OpenScreen', () => {
  it('previews a file (schedule changes first) and writes nothing until Import, then shows the plan with undo', async () => {
    const db = await seedAppDb();
    const before = await snapshot(db);
    render(OpenScreen, { bundle: mispaIII });
    pendingFile.file = updateFile();
    expect(await screen.findByRole('heading', { name: 'Changements de calendrier (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ordres du jour (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Textes du plan (1)' })).toBeTruthy();
    expect(screen.getByText('Ce fichier contient 1 plan.')).toBeTruthy();
    expect(screen.getByText('22 septembre 2011')).toBeTruthy();
    expect(await snapshot(db)).toBe(before);

    await fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(location.hash).toBe('#/plan'));
    expect((await db.meetings.get(WG[0]!.id))?.startDate).toBe('2011-09-22');
    expect(feedback.current).toMatchObject({ text: 'Plan importé : MISPA-III.', tone: 'ok', undoPlanId: mispaIII.plan.id });
  });

  it('refuses an Import when the plan changed after the preview, and shows the preview again with the change', async () => {
    const db = await seedAppDb();
    render(OpenScreen, { bundle: mispaIII });
    pendingFile.file = updateFile();
    expect(await screen.findByRole('heading', { name: 'Changements de calendrier (1)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Vos modifications seront remplacées/ })).toBeNull();
    // Another tab edits a meeting the file changes, between the preview and the tap on Import.
    const edited = await updateMeeting(db, WG[0]!.id, { place: { lang: 'fr', text: 'Salle Simón Bolívar' } }, T1);
    const before = await snapshot(db);

    await fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/Ce plan a changé ici après le calcul de l’aperçu/)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Vos modifications seront remplacées (1)' })).toBeTruthy();
    expect(await snapshot(db)).toBe(before);
    expect(await db.meetings.get(WG[0]!.id)).toEqual(edited);
    expect(location.hash).toBe('#/share');
  });

  it('flags the user’s own edits the file would replace, and keeps them when asked', async () => {
    const db = await seedAppDb();
    await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T1);
    render(OpenScreen, { bundle: mispaIII });
    pendingFile.file = updateFile();
    expect(await screen.findByRole('heading', { name: 'Vos modifications seront remplacées (1)' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Garder ma version' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(location.hash).toBe('#/plan'));
    const meeting = await db.meetings.get(WG[0]!.id);
    expect([meeting?.startDate, meeting?.startTime]).toEqual([WG[0]!.startDate, '10:00']);
    // The rest of the file was applied.
    expect(await db.agendaItems.get(secretariatUpdate().addedItem.id)).toBeTruthy();
  });

  it('explains a hostile file problem by problem, offers no import, and changes nothing', async () => {
    const db = await seedAppDb();
    const before = await snapshot(db);
    render(OpenScreen, { bundle: mispaIII });
    pendingFile.file = new File([HOSTILE], 'hostile.quorum.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ce fichier ne peut pas être importé. Rien n’a été modifié.');
    expect(alert.textContent).toContain('clé interdite (« __proto__ »)');
    expect(alert.textContent).toContain('Fichier : hostile.quorum.json');
    expect(screen.queryByRole('button', { name: 'Importer' })).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(await snapshot(db)).toBe(before);
  });

  it('opens a file published beside the app from a link, and refuses one from another site', async () => {
    await seedAppDb();
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(await updateFile().text(), { headers: { 'content-type': 'application/json' } });
    });
    const { unmount } = render(OpenScreen, { bundle: mispaIII, url: 'plans/mispa-iii.quorum.json' });
    expect(await screen.findByRole('heading', { name: 'Changements de calendrier (1)' })).toBeTruthy();
    expect(screen.getByText('Fichier : mispa-iii.quorum.json')).toBeTruthy();
    expect(asked).toEqual([new URL('plans/mispa-iii.quorum.json', location.href).href]);
    unmount();

    render(OpenScreen, { bundle: mispaIII, url: 'https://evil.example.net/plan.json' });
    expect((await screen.findByRole('alert')).textContent).toContain('Ce lien mène à un autre site (https://evil.example.net)');
    expect(asked).toHaveLength(1);
  });
});
