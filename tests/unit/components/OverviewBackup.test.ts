import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import OverviewScreen from '../../../src/lib/components/today/OverviewScreen.svelte';
import { updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { recordBackup } from '../../../src/lib/plan-files/backup-store.ts';
import { T1, T2, T3 } from '../db/db-helpers.ts';
import { WG } from '../plan-files/update-fixture.ts';
import { seedAppDb } from './app-db.ts';

describe('OverviewScreen backup reminder', () => {
  it('links to sharing, and says how many changes are in no backup until one is made', async () => {
    const db = await seedAppDb();
    render(OverviewScreen, { bundle: mispaIII, now: T1 });
    const link = () => screen.getByRole('link', { name: /^Partager et sauvegarder/ });
    expect(link().getAttribute('href')).toBe('#/share');
    await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T1);
    await updateMeeting(db, WG[1]!.id, { startTime: '11:00' }, T2);
    expect(await screen.findByText('Modifications non sauvegardées : 2')).toBeTruthy();
    await recordBackup(db, [mispaIII.plan.id], T3);
    await expect.poll(() => link().textContent?.trim()).toBe('Partager et sauvegarder');
  });
});
