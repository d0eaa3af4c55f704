import { describe, expect, it } from 'vitest';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../../src/data/mispa-iii.ts';
import * as commands from '../../../../src/lib/db/commands/index.ts';
import { ReadingModeError } from '../../../../src/lib/db/commands/index.ts';
import type { QuorumDatabase } from '../../../../src/lib/db/database.ts';
import { planModeKey, readPlanMode } from '../../../../src/lib/db/plan-mode.ts';
import { fr, makeBundle, makeMandate, makeMeeting } from '../../factories.ts';
import { blobOf, describeFile, pdfBytes } from '../../documents-fixtures.ts';
import { addBundle, dump, organiserMode, seededDb, T1, T2 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const WG = 'mispa-iii/wg-2011-09-15';
const A1 = `${WG}/a1`;
const S2 = 'mispa-iii/s2';
const RES = mispaIII.resolutions[0]!.id;
const M1 = 'mispa-iii/m1';
const DOC = mispaIII.documents[0]!.id;
const PDF = pdfBytes('Résolution');
const section = mispaIII.sections.find((s) => s.id === S2)!;
const { id: _id, planId: _p, updatedAt: _u, sequence: _s, ...meetingDraft } = makeMeeting({ startTime: '10:00' });
const { id: _mid, planId: _mp, resolutionId: _r, order: _o, updatedAt: _mu, ...mandateDraft } = makeMandate();

/** Every command that edits a plan's content, one call each, on the seeded plan. */
const edits: Record<string, (db: QuorumDatabase) => Promise<unknown>> = {
  updatePlan: (db) => commands.updatePlan(db, PLAN, { title: fr('Autre titre') }, T1),
  addSection: (db) => commands.addSection(db, PLAN, { heading: fr('V. ANNEXES'), number: 'V' }, T1),
  updateSection: (db) => commands.updateSection(db, S2, { number: 'IX' }, T1),
  moveSection: (db) => commands.moveSection(db, S2, 'up', T1),
  removeSection: (db) => commands.removeSection(db, S2, T1),
  addParagraph: (db) => commands.addParagraph(db, S2, fr('Dernier paragraphe.'), undefined, T1),
  updateParagraph: (db) => commands.updateParagraph(db, S2, section.paragraphs[0]!.id, fr('Autre'), T1),
  moveParagraph: (db) => commands.moveParagraph(db, S2, section.paragraphs[0]!.id, 'down', T1),
  removeParagraph: (db) => commands.removeParagraph(db, S2, section.paragraphs[0]!.id, T1),
  addResolution: (db) => commands.addResolution(db, PLAN, { symbol: 'AG/RES. 2735', title: fr('Suivi') }, T1),
  updateResolution: (db) => commands.updateResolution(db, RES, { note: fr('Numéro à vérifier') }, T1),
  removeResolution: (db) => commands.removeResolution(db, RES, T1),
  addMandate: (db) => commands.addMandate(db, RES, mandateDraft, T1),
  updateMandate: (db) => commands.updateMandate(db, M1, { dueDate: '2011-10-20' }, T1),
  moveMandate: (db) => commands.moveMandate(db, M1, 'down', T1),
  removeMandate: (db) => commands.removeMandate(db, M1, T1),
  addMeeting: (db) => commands.addMeeting(db, PLAN, meetingDraft, T1),
  updateMeeting: (db) => commands.updateMeeting(db, WG, { place: fr('Salle A') }, T1),
  postponeMeeting: (db) => commands.postponeMeeting(db, WG, {}, T1),
  cancelMeeting: (db) => commands.cancelMeeting(db, WG, T1),
  deleteMeeting: (db) => commands.deleteMeeting(db, WG, T1),
  addAgendaItem: (db) => commands.addAgendaItem(db, WG, fr('Questions diverses'), T1),
  updateAgendaItem: (db) => commands.updateAgendaItem(db, A1, fr('Autres questions'), T1),
  moveAgendaItem: (db) => commands.moveAgendaItem(db, A1, 'down', T1),
  removeAgendaItem: (db) => commands.removeAgendaItem(db, A1, T1),
  setCurrentAgendaItem: (db) => commands.setCurrentAgendaItem(db, WG, A1, T1),
  recordOutcome: (db) => commands.recordOutcome(db, A1, { kind: 'decided' }, T1),
  addDocumentRef: (db) => commands.addDocumentRef(db, PLAN, { symbol: 'CP/doc. 9999/11', title: fr('Rapport') }, T1),
  updateDocumentRef: (db) => commands.updateDocumentRef(db, DOC, { title: fr('Rapport') }, T1),
  removeDocumentRef: (db) => commands.removeDocumentRef(db, DOC, T1),
  attachDocumentFile: (db) => commands.attachDocumentFile(db, DOC, describeFile(PDF, 'fr'), blobOf(PDF), T1),
  setTranslation: (db) => commands.setTranslation(db, 'mandates', M1, 'text', 'en', 'To set up a working group.', T1),
};

describe('commands on a plan in reading mode', () => {
  it('opens the seeded plan in reading mode', async () => {
    const db = await seededDb(undefined, 'reading');
    expect(await readPlanMode(db, PLAN)).toBe('reading');
  });

  it.each(Object.keys(edits))('%s refuses with a ReadingModeError and writes nothing', async (name) => {
    const db = await seededDb(undefined, 'reading');
    const before = await dump(db);
    await expect(edits[name]!(db)).rejects.toBeInstanceOf(ReadingModeError);
    expect(await dump(db)).toEqual(before);
  });

  it.each(Object.keys(edits))('%s works once organiser mode is on', async (name) => {
    const db = await seededDb(undefined, 'reading');
    await organiserMode(db);
    await edits[name]!(db);
    expect((await db.history.toArray()).length).toBeGreaterThan(0);
  });

  it('refuses to put back a version from history (an edit like another)', async () => {
    const db = await seededDb();
    await commands.updateMeeting(db, WG, { place: fr('Salle A') }, T1);
    const [entry] = await db.history.toArray();
    await commands.setPlanMode(db, PLAN, 'reading');
    const before = await dump(db);
    await expect(commands.restoreVersion(db, entry!.seq!, 'before', T2)).rejects.toBeInstanceOf(ReadingModeError);
    expect(await dump(db)).toEqual(before);
  });

  it('checks the plan the record belongs to, not another plan in organiser mode', async () => {
    const db = await seededDb(undefined, 'reading');
    const other = makeBundle('other');
    await addBundle(db, other, 'organiser');
    await expect(edits.updateMeeting!(db)).rejects.toBeInstanceOf(ReadingModeError);
    await commands.updatePlan(db, 'other', { title: fr('Le mien') }, T1);
    expect((await db.plans.get('other'))?.title.text).toBe('Le mien');
  });
});

describe('what reading mode leaves possible', () => {
  it('undo of the user’s own last edit, after switching back to reading', async () => {
    const db = await seededDb();
    await commands.updateMeeting(db, WG, { place: fr('Salle A') }, T1);
    await commands.setPlanMode(db, PLAN, 'reading');
    await commands.undoLast(db, PLAN, T2);
    expect((await db.meetings.get(WG))?.place).toEqual(mispaIII.meetings.find((m) => m.id === WG)!.place);
  });

  it('deleting the plan from the device, undone with its mode as it was', async () => {
    const db = await seededDb(undefined, 'reading');
    await commands.deletePlan(db, PLAN, T1);
    expect(await db.plans.get(PLAN)).toBeUndefined();
    await commands.undoLast(db, PLAN, T2);
    expect(await db.plans.get(PLAN)).toBeDefined();
    expect(await readPlanMode(db, PLAN)).toBe('reading');
  });

  it('putting the published plan back, and choosing the plan shown', async () => {
    const db = await seededDb(undefined, 'reading');
    await commands.deletePlan(db, PLAN, T1);
    await commands.restorePublishedPlan(db, MISPA_III_SEED_KEY, mispaIII, T2);
    expect(await db.plans.get(PLAN)).toBeDefined();
    await commands.setCurrentPlan(db, PLAN);
    expect((await db.meta.get('currentPlanId'))?.value).toBe(PLAN);
  });

  it('creating or duplicating a plan makes the new one the user’s to edit', async () => {
    const db = await seededDb(undefined, 'reading');
    const created = await commands.createEmptyPlan(db, { title: 'Mon plan', timeZone: 'Europe/Paris', language: 'fr' }, T1);
    const copy = await commands.duplicatePlan(db, PLAN, undefined, T1);
    expect(await readPlanMode(db, created.id)).toBe('organiser');
    expect(await readPlanMode(db, copy.id)).toBe('organiser');
    expect(await readPlanMode(db, PLAN)).toBe('reading');
    await commands.updatePlan(db, copy.id, { title: fr('Ma copie') }, T2);
    expect((await db.plans.get(copy.id))?.title.text).toBe('Ma copie');
  });
});

describe('setPlanMode', () => {
  it('switches organiser mode on and off on this device only: a meta key, no history, no undo', async () => {
    const db = await seededDb(undefined, 'reading');
    await commands.setPlanMode(db, PLAN, 'organiser');
    expect((await db.meta.get(planModeKey(PLAN)))?.value).toBe('organiser');
    await commands.setPlanMode(db, PLAN, 'reading');
    expect(await db.meta.get(planModeKey(PLAN))).toBeUndefined();
    expect(await db.history.count()).toBe(0);
  });

  it('refuses a plan that does not exist, writing nothing', async () => {
    const db = await seededDb(undefined, 'reading');
    await expect(commands.setPlanMode(db, 'nope', 'organiser')).rejects.toMatchObject({ name: 'RecordNotFoundError' });
    expect(await db.meta.get(planModeKey('nope'))).toBeUndefined();
  });
});
