import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { restoreVersion } from '../../../src/lib/db/commands/index.ts';
import { applyImport, ImportRefusedError } from '../../../src/lib/plan-files/apply-store.ts';
import { previewImport } from '../../../src/lib/plan-files/preview-store.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { addBundle, seededDb } from '../db/db-helpers.ts';
import { fixtureBytes, HOSTILE_FIXTURES } from './hostile-fixtures.ts';
import { snapshot, tryImport } from './transfer-helpers.ts';

const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);

describe('the hostile plan files of tests/fixtures/hostile', () => {
  it.each(HOSTILE_FIXTURES)('$name is refused for its one fault, with its message, and writes nothing', async (fixture) => {
    const db = await seededDb();
    const before = await snapshot(db);
    const attempt = await tryImport(db, blob(fixtureBytes(fixture.name)));
    const problems = attempt.read.ok ? attempt.error : attempt.read.problems;
    expect(problems).toEqual([fixture.expected]);
    expect(attempt.applied).toBeUndefined();
    expect(await snapshot(db)).toBe(before);
  });

  it.each(HOSTILE_FIXTURES)('$name repaired is a file the app imports', async (fixture) => {
    const db = await seededDb();
    const attempt = await tryImport(db, blob(fixture.repair(fixtureBytes(fixture.name))));
    expect(attempt.error).toBeUndefined();
    expect(attempt.applied?.plans).toHaveLength(1);
  });
});

describe('a file whose history names a meeting of another plan on the device', () => {
  const WG = 'mispa-iii/wg-2011-09-15';
  const forged = async () => {
    const read = await readPlanFile(blob(fixtureBytes('history-names-other-plan.json')));
    if (!read.ok) throw new Error('the forged file is well formed: only the device can tell it apart');
    return read.file;
  };

  it('names a meeting of the embedded plan, the one a fresh device holds', () => {
    expect(mispaIII.meetings.map((m) => m.id)).toContain(WG);
  });

  it('is refused at preview, naming the entry', async () => {
    const db = await seededDb();
    const preview = await previewImport(db, await forged());
    expect(preview.canApply).toBe(false);
    expect(preview.problems).toEqual([{ path: 'plans[0].history[0].recordId', key: 'file.historyOtherPlan', params: { id: WG } }]);
  });

  it('is refused again inside the apply transaction, and nothing is written', async () => {
    const db = await seededDb();
    const before = await snapshot(db);
    const error = await applyImport(db, await forged()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).problems).toEqual([{ path: 'plans[0].history[0].recordId', key: 'file.historyOtherPlan', params: { id: WG } }]);
    expect(await snapshot(db)).toBe(before);
  });

  it('cannot move the meeting once imported by an older version either: restore refuses', async () => {
    const db = await seededDb();
    const file = await forged();
    await addBundle(db, file.plans[0]!.bundle);
    const seq = await db.history.add(file.plans[0]!.history![0]!);
    const before = await snapshot(db);
    await expect(restoreVersion(db, seq!, 'before')).rejects.toMatchObject({ name: 'OtherPlanError' });
    expect(await snapshot(db)).toBe(before);
    expect((await db.meetings.get(WG))?.planId).toBe(mispaIII.plan.id);
  });
});
