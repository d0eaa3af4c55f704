/*
 * A browser that refuses to store (quota exceeded) in the middle of a command: whichever write
 * fails, first or last, the command is reported as a quota problem and nothing already stored
 * changes, neither the records nor their history.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../../src/data/mispa-iii.ts';
import * as commands from '../../../../src/lib/db/commands/index.ts';
import type { QuorumDatabase } from '../../../../src/lib/db/database.ts';
import { historyOfRecord } from '../../../../src/lib/db/history.ts';
import { classifyStorageError } from '../../../../src/lib/db/storage-errors.ts';
import { fr, makeMandate, makeMeeting } from '../../factories.ts';
import { blobOf, describeFile, pdfBytes } from '../../documents-fixtures.ts';
import { dbWithQuota, dump, seededDb } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const PDF = pdfBytes('Résolution');
const WG = 'mispa-iii/wg-2011-09-15';
const { id: _i, planId: _p, updatedAt: _u, sequence: _s, ...meetingDraft } = makeMeeting();

type Case = { setUp?: (db: QuorumDatabase) => Promise<unknown>; run: (db: QuorumDatabase) => Promise<unknown> };

const cases: Record<string, Case> = {
  updatePlan: { run: (db) => commands.updatePlan(db, PLAN, { status: 'completed' }) },
  createEmptyPlan: { run: (db) => commands.createEmptyPlan(db, { title: 'Plan', timeZone: 'UTC', language: 'fr' }) },
  duplicatePlan: { run: (db) => commands.duplicatePlan(db, PLAN) },
  deletePlan: { run: (db) => commands.deletePlan(db, PLAN) },
  restoreAdoptedPlan: {
    setUp: (db) => commands.deletePlan(db, PLAN),
    run: (db) => commands.restorePublishedPlan(db, MISPA_III_SEED_KEY, mispaIII),
  },
  addSection: { run: (db) => commands.addSection(db, PLAN, { heading: fr('V') }) },
  removeSection: { run: (db) => commands.removeSection(db, 'mispa-iii/s1') },
  addParagraph: { run: (db) => commands.addParagraph(db, 'mispa-iii/s2', fr('Texte')) },
  addMandate: { run: (db) => commands.addMandate(db, 'mispa-iii/res-2629', makeMandate()) },
  moveMandate: { run: (db) => commands.moveMandate(db, 'mispa-iii/m7', 0) },
  addDocumentRef: { run: (db) => commands.addDocumentRef(db, PLAN, { symbol: 'X', citedIn: [{ kind: 'meeting', id: WG }] }) },
  addMeeting: { run: (db) => commands.addMeeting(db, PLAN, meetingDraft) },
  attachDocumentFile: { run: (db) => commands.attachDocumentFile(db, mispaIII.documents[0]!.id, describeFile(PDF, 'fr'), blobOf(PDF)) },
  updateMeeting: { run: (db) => commands.updateMeeting(db, WG, { startTime: '10:00' }) },
  deleteMeeting: { run: (db) => commands.deleteMeeting(db, WG) },
  moveAgendaItem: { run: (db) => commands.moveAgendaItem(db, `${WG}/a6`, 0) },
  recordOutcome: { run: (db) => commands.recordOutcome(db, `${WG}/a1`, { kind: 'decided' }) },
  undoLast: {
    setUp: (db) => commands.deleteMeeting(db, WG),
    run: (db) => commands.undoLast(db, PLAN),
  },
  restoreVersion: {
    setUp: (db) => commands.updateMeeting(db, WG, { startTime: '10:00' }),
    run: async (db) => commands.restoreVersion(db, (await historyOfRecord(db, PLAN, WG))[0]!.seq!, 'before'),
  },
};

/** How many writes the command makes, counted on a database of its own. */
async function writesOf(c: Case): Promise<number> {
  const { db, state } = dbWithQuota('counting');
  await seededDb(db);
  await c.setUp?.(db);
  state.writes = 0;
  await c.run(db);
  return state.writes;
}

describe('a full disk during a command', () => {
  it.each(Object.entries(cases))('%s: failing at the first or the last write leaves everything as it was', async (_name, c) => {
    const writes = await writesOf(c);
    expect(writes).toBeGreaterThan(1);
    for (const failAt of [1, writes]) {
      const { db, state } = dbWithQuota(`quota-${failAt}`);
      await seededDb(db);
      await c.setUp?.(db);
      const before = await dump(db);
      Object.assign(state, { writes: 0, failAt });
      const error = await c.run(db).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(classifyStorageError(error)).toBe('quota');
      delete state.failAt;
      expect(await dump(db)).toEqual(before);
    }
  });

  it('a history that cannot grow blocks the change itself', async () => {
    const { db, state } = dbWithQuota();
    await seededDb(db);
    const before = await dump(db);
    state.fullTable = 'history';
    await expect(commands.updateMeeting(db, WG, { place: fr('Salle A') })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(commands.deletePlan(db, PLAN)).rejects.toThrow();
    delete state.fullTable;
    expect(await dump(db)).toEqual(before);
  });
});
