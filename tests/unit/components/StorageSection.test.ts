import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import StorageSection from '../../../src/lib/components/plans/StorageSection.svelte';
import { formatInstant } from '../../../src/lib/i18n/format.ts';
import { recordBackup } from '../../../src/lib/plan-files/backup-store.ts';
import { T1 } from '../db/db-helpers.ts';
import { seedAppDb } from './app-db.ts';

function fakeStorage(grant: boolean) {
  let kept = false;
  const storage = {
    persisted: vi.fn(async () => kept),
    persist: vi.fn(async () => (kept = grant)),
    estimate: vi.fn(async () => ({ usage: 1_234_567, quota: 2_500_000_000 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

afterEach(() => {
  Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
});

describe('StorageSection', () => {
  it('says whether storage is persistent, asks for it, and shows space used and the last backup', async () => {
    const db = await seedAppDb();
    const storage = fakeStorage(true);
    render(StorageSection, { planId: mispaIII.plan.id });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Stockage');
    expect(await screen.findByText(/^Stockage persistant : non\./)).toBeTruthy();
    expect(screen.getByText('Espace utilisé : 1,2 Mo sur 2,5 Go')).toBeTruthy();
    expect(await screen.findByText('Aucune sauvegarde de ce plan pour l’instant')).toBeTruthy();

    await recordBackup(db, [mispaIII.plan.id], T1);
    expect(await screen.findByText(`Dernière sauvegarde : ${formatInstant(T1.toISOString())}`)).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Demander à garder les données' }));
    expect(await screen.findByText(/^Stockage persistant : oui\./)).toBeTruthy();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Demander à garder les données' })).toBeNull();
  });

  it('says when the browser refuses', async () => {
    await seedAppDb();
    fakeStorage(false);
    render(StorageSection, { planId: mispaIII.plan.id });
    await fireEvent.click(await screen.findByRole('button', { name: 'Demander à garder les données' }));
    expect(await screen.findByText('Le navigateur n’a pas accordé le stockage persistant pour l’instant.')).toBeTruthy();
  });

  it('says when the browser does not tell whether it keeps the data', async () => {
    await seedAppDb();
    render(StorageSection, { planId: mispaIII.plan.id });
    expect(await screen.findByText(/^Ce navigateur ne dit pas/)).toBeTruthy();
    expect(screen.queryByText(/^Espace utilisé/)).toBeNull();
  });
});
