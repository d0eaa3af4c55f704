import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { addMeeting, createEmptyPlan, updatePlan } from '../../../src/lib/db/commands/index.ts';
import { isPublishedVersion, loadedVersion } from '../../../src/lib/db/loaded-version.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import { getSetting, setSetting } from '../../../src/lib/db/settings.ts';
import { diffBundles } from '../../../src/lib/domain/plan-diff.ts';
import { seededDb } from './db-helpers.ts';

describe('loadedVersion', () => {
  it('is the embedded data for the default plan, whatever was edited since', async () => {
    const db = await seededDb();
    await updatePlan(db, 'mispa-iii', { status: 'completed' });
    const loaded = await loadedVersion(db, (await db.plans.get('mispa-iii'))!);
    expect(loaded).toEqual(mispaIII);
    expect(isPublishedVersion((await db.plans.get('mispa-iii'))!)).toBe(true);
    const current = (await loadPlanBundle(db, 'mispa-iii'))!;
    expect(diffBundles(loaded!, current).map((d) => d.kind === 'changed' && d.fields.map((f) => f.field))).toEqual([['status']]);
  });

  it('is the plan as first created for any other plan, read from the history', async () => {
    const db = new QuorumDatabase();
    const plan = await createEmptyPlan(db, { title: 'MISPA-IV', timeZone: 'America/New_York', language: 'fr' });
    await addMeeting(db, plan.id, { kind: 'working-group', startDate: '2013-09-12', timeZone: 'America/New_York', status: 'planned' });
    const loaded = (await loadedVersion(db, (await db.plans.get(plan.id))!))!;
    expect(loaded.plan.title.text).toBe('MISPA-IV');
    expect(loaded.meetings).toEqual([]);
    expect(isPublishedVersion(plan)).toBe(false);
    expect(diffBundles(loaded, (await loadPlanBundle(db, plan.id))!).map((d) => `${d.kind}:${d.table}`)).toEqual(['added:meetings']);
  });
});

describe('settings', () => {
  it('defaults the reminder to none and remembers a choice', async () => {
    const db = new QuorumDatabase();
    expect(await getSetting(db, 'icalReminder')).toBe('none');
    await setSetting(db, 'icalReminder', '1h');
    expect(await getSetting(new QuorumDatabase(), 'icalReminder')).toBe('1h');
  });
});
