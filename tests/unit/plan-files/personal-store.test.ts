import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { deletePlanAndPersonal, setMark, setNote } from '../../../src/lib/db/commands/index.ts';
import { exportPlans } from '../../../src/lib/plan-files/export-store.ts';
import { readPersonalFile } from '../../../src/lib/plan-files/personal-file.ts';
import { exportPersonal, previewPersonal, restorePersonal } from '../../../src/lib/plan-files/personal-store.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { seededDb, T1, T2 } from '../db/db-helpers.ts';
import { dbFailingOn, snapshot } from './transfer-helpers.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import { MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import type { QuorumDatabase } from '../../../src/lib/db/database.ts';

const PLAN = mispaIII.plan.id;
const meeting = mispaIII.meetings.find((m) => m.id === 'mispa-iii/wg-2011-09-15')!;
const item = mispaIII.agendaItems.find((i) => i.meetingId === meeting.id)!;
const NOTE = 'Secret : appuyer la proposition du Pérou';

async function withPersonal(db: QuorumDatabase) {
  await setMark(db, PLAN, 'meeting', meeting.id, true, T1);
  await setMark(db, PLAN, 'agendaItem', item.id, true, T1);
  await setNote(db, PLAN, 'meeting', meeting.id, NOTE, T1);
  return db;
}

async function personalFileOf(db: QuorumDatabase) {
  const out = await exportPersonal(db, T2);
  const read = await readPersonalFile(out.text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return { out, file: read.file };
}

describe('the personal backup against the database', () => {
  it('a plan file, with or without history, holds no note and no mark', async () => {
    const db = await withPersonal(await seededDb());
    for (const history of [false, true]) {
      const { text } = await exportPlans(db, 'all', T2, { history });
      expect(text).not.toContain(NOTE);
      expect(text).not.toMatch(/"(marks|notes|markedAt|seen)"/);
      expect(await readPlanFile(text)).toMatchObject({ ok: true });
    }
  });

  it('exports every mark and note, a deleted plan’s kept ones included, in a file of its own', async () => {
    const db = await withPersonal(await seededDb());
    await deletePlanAndPersonal(db, PLAN, 'keep', T1);
    const { out, file } = await personalFileOf(db);
    expect(out).toMatchObject({ marks: 2, notes: 1, fileName: expect.stringMatching(/^Quorum-personal-\d{4}-\d\d-\d\d\.personal\.json$/) });
    expect(file.notes.map((n) => n.text)).toEqual([NOTE]);
  });

  it('previews how many for which plans and what would be replaced, writing nothing', async () => {
    const db = await withPersonal(await seededDb());
    const { file } = await personalFileOf(db);
    await setNote(db, PLAN, 'meeting', meeting.id, 'Changed since the backup', T2);
    const before = await snapshot(db);
    const preview = await previewPersonal(db, { ...file, notes: [...file.notes, { ...file.notes[0]!, planId: 'gone', recordId: 'x' }] });
    expect(preview).toEqual({
      plans: [
        { planId: PLAN, name: mispaIII.plan.shortTitle.text, marks: 2, notes: 1 },
        { planId: 'gone', name: undefined, marks: 0, notes: 1 },
      ],
      marks: 2,
      notes: 2,
      replaced: 1,
    });
    expect(await snapshot(db)).toBe(before);
  });

  it('restores marks and notes into a cleared database, and their notices start from what was seen', async () => {
    const { file } = await personalFileOf(await withPersonal(await seededDb()));
    const fresh = await seededDb(await clearedDb());
    expect(await restorePersonal(fresh, file)).toEqual({ marks: 2, notes: 1 });
    expect(await fresh.notes.get([PLAN, meeting.id])).toMatchObject({ text: NOTE });
    expect(await fresh.marks.count()).toBe(2);
  });

  it('writes nothing when the disk is full', async () => {
    const { file } = await personalFileOf(await withPersonal(await seededDb()));
    const db = dbFailingOn((table) => table === 'notes');
    await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
    const before = await snapshot(db);
    await expect(restorePersonal(db, file)).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });
});

/** The database deleted, as when the browser clears the site's data. */
async function clearedDb() {
  const { QuorumDatabase } = await import('../../../src/lib/db/database.ts');
  const old = new QuorumDatabase();
  await old.delete();
  return new QuorumDatabase();
}
