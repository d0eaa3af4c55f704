import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { undoLast, updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { backupKey, backupStatus, exportPlans, recordBackup } from '../../../src/lib/plan-files/export-store.ts';
import { makeBundle } from '../factories.ts';
import { addBundle, seededDb, T1, T2, T3 } from '../db/db-helpers.ts';
import { WG } from './update-fixture.ts';

const PLAN = mispaIII.plan.id;

describe('backup status', () => {
  it('asks for no backup of a plan nobody changed', async () => {
    const db = await seededDb();
    expect(await backupStatus(db, PLAN)).toEqual({ lastBackupAt: undefined, changesSinceBackup: 0, needsBackup: false });
  });

  it('reminds after a change, forgets after a backup, and reminds again after the next change', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T1);
    await updateMeeting(db, WG[1]!.id, { startTime: '11:00' }, T1);
    expect(await backupStatus(db, PLAN)).toEqual({ lastBackupAt: undefined, changesSinceBackup: 2, needsBackup: true });
    const { planIds } = await exportPlans(db, 'all', T2, { history: true });
    await recordBackup(db, planIds, T2);
    expect(await backupStatus(db, PLAN)).toEqual({ lastBackupAt: T2.toISOString(), changesSinceBackup: 0, needsBackup: false });
    await undoLast(db, PLAN, T3);
    expect(await backupStatus(db, PLAN)).toEqual({ lastBackupAt: T2.toISOString(), changesSinceBackup: 1, needsBackup: true });
  });

  it('counts each plan’s changes apart', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('plan-2'));
    await recordBackup(db, [PLAN, 'plan-2'], T1);
    await updateMeeting(db, 'plan-2/wg', { startTime: '10:00' }, T2);
    expect((await backupStatus(db, PLAN)).needsBackup).toBe(false);
    expect((await backupStatus(db, 'plan-2')).needsBackup).toBe(true);
  });

  it('ignores a stored mark of the wrong shape', async () => {
    const db = await seededDb();
    await db.meta.put({ key: backupKey(PLAN), value: 'yesterday' });
    expect((await backupStatus(db, PLAN)).lastBackupAt).toBeUndefined();
  });
});
