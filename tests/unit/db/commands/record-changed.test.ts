/*
 * Optimistic concurrency: every command an edit form saves through is given the record as
 * the form opened it, and refuses inside its transaction, with the record as stored now and
 * writing nothing, when that record changed since (another tab, an import, an undo).
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import {
  recordOutcome,
  RecordChangedError,
  setCurrentAgendaItem,
  setTranslation,
  updateAgendaItem,
  updateDocumentRef,
  updateMandate,
  updateMeeting,
  updateParagraph,
  updatePlan,
  updateResolution,
  updateSection,
} from '../../../../src/lib/db/commands/index.ts';
import type { QuorumDatabase } from '../../../../src/lib/db/database.ts';
import { fr } from '../../factories.ts';
import { dump, seededDb, T1, T2, T3 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const meeting = mispaIII.meetings[0]!;
const section = mispaIII.sections.find((s) => s.paragraphs.length > 1)!;
const paragraph = section.paragraphs[0]!;
const resolution = mispaIII.resolutions[0]!;
const mandate = mispaIII.mandates[0]!;
const doc = mispaIII.documents[0]!;
const item = mispaIII.agendaItems[0]!;

type Case = {
  kind: string;
  /** A change made elsewhere (another tab) after the form opened. */
  elsewhere: (db: QuorumDatabase) => Promise<unknown>;
  /** The form's save, against `base` as it opened the record. */
  save: (db: QuorumDatabase) => Promise<unknown>;
  /** The record as stored now (a paragraph lives in its section). */
  stored?: (db: QuorumDatabase) => Promise<unknown>;
};

const cases: Case[] = [
  {
    kind: 'plan',
    elsewhere: (db) => updatePlan(db, PLAN, { status: 'completed' }, T1),
    save: (db) => updatePlan(db, PLAN, { title: fr('Mine') }, T2, mispaIII.plan),
  },
  {
    kind: 'meeting',
    elsewhere: (db) => updateMeeting(db, meeting.id, { place: fr('Salle B') }, T1),
    save: (db) => updateMeeting(db, meeting.id, { place: fr('Salle A') }, T2, meeting),
  },
  {
    kind: 'section',
    elsewhere: (db) => updateSection(db, section.id, { number: 'IX' }, T1),
    save: (db) => updateSection(db, section.id, { heading: fr('Mine') }, T2, section),
  },
  {
    kind: 'paragraph',
    elsewhere: (db) => updateParagraph(db, section.id, paragraph.id, fr('Theirs'), T1),
    save: (db) => updateParagraph(db, section.id, paragraph.id, fr('Mine'), T2, paragraph),
    stored: async (db) => (await db.sections.get(section.id))?.paragraphs.find((p) => p.id === paragraph.id),
  },
  {
    kind: 'resolution',
    elsewhere: (db) => updateResolution(db, resolution.id, { note: fr('Theirs') }, T1),
    save: (db) => updateResolution(db, resolution.id, { title: fr('Mine') }, T2, resolution),
  },
  {
    kind: 'mandate',
    elsewhere: (db) => updateMandate(db, mandate.id, { status: 'done' }, T1),
    save: (db) => updateMandate(db, mandate.id, { text: fr('Mine') }, T2, mandate),
  },
  {
    kind: 'document',
    elsewhere: (db) => updateDocumentRef(db, doc.id, { title: fr('Theirs') }, T1),
    save: (db) => updateDocumentRef(db, doc.id, { symbol: 'MINE/1' }, T2, doc),
  },
  {
    kind: 'agenda item',
    elsewhere: (db) => updateAgendaItem(db, item.id, fr('Theirs'), T1),
    save: (db) => updateAgendaItem(db, item.id, fr('Mine'), T2, item),
  },
  {
    kind: 'agenda outcome',
    elsewhere: (db) => recordOutcome(db, item.id, { kind: 'decided' }, T1),
    save: (db) => recordOutcome(db, item.id, { kind: 'postponed' }, T2, item),
  },
];

describe.each(cases)('saving a $kind changed since the form opened', ({ elsewhere, save, stored }) => {
  it('refuses with the stored record and writes nothing', async () => {
    const db = await seededDb();
    const theirs = await elsewhere(db);
    const before = await dump(db);
    const error = await save(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordChangedError);
    expect((error as RecordChangedError).current).toEqual(stored ? await stored(db) : theirs);
    expect(await dump(db)).toEqual(before);
  });

  it('saves when nothing changed since', async () => {
    const db = await seededDb();
    await expect(save(db)).resolves.not.toBeInstanceOf(Error);
  });
});

describe('what is not a change since the form opened', () => {
  it('the item under discussion (live state) and a paragraph other than the one edited', async () => {
    const db = await seededDb();
    await setCurrentAgendaItem(db, item.meetingId, item.id, T1);
    await updateMeeting(
      db,
      item.meetingId,
      { place: fr('Salle A') },
      T2,
      mispaIII.meetings.find((m) => m.id === item.meetingId),
    );
    await updateParagraph(db, section.id, section.paragraphs[1]!.id, fr('Other paragraph'), T1);
    await updateParagraph(db, section.id, paragraph.id, fr('Mine'), T2, paragraph);
    await updateSection(db, section.id, { number: 'IX' }, T3, section);
    expect((await db.sections.get(section.id))?.paragraphs.map((p) => p.text.text).slice(0, 2)).toEqual(['Mine', 'Other paragraph']);
  });

  it('but a translation added elsewhere is: the form then decides (FormState saves again when it shows nothing of it)', async () => {
    const db = await seededDb();
    await setTranslation(db, 'resolutions', resolution.id, 'title', 'en', 'Translated', T1);
    await expect(updateResolution(db, resolution.id, { symbol: 'MINE/1' }, T2, resolution)).rejects.toBeInstanceOf(RecordChangedError);
  });
});
