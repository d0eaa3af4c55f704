import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import {
  addAgendaItem,
  addMeeting,
  cancelMeeting,
  deleteMeeting,
  moveAgendaItem,
  postponeMeeting,
  recordOutcome,
  undoLast,
  updateAgendaItem,
  updateMeeting,
  ValidationError,
} from '../../../../src/lib/db/commands/index.ts';
import { historyOfPlan, historyOfRecord } from '../../../../src/lib/db/history.ts';
import { loadMeeting, loadPlanBundle } from '../../../../src/lib/db/queries.ts';
import type { Meeting } from '../../../../src/lib/domain/types.ts';
import { diffBundles } from '../../../../src/lib/domain/plan-diff.ts';
import { danglingReferences } from '../../bundle-checks.ts';
import { fr, makeMeeting } from '../../factories.ts';
import { dump, seededDb, T1, T2 } from '../db-helpers.ts';

const PLAN = mispaIII.plan.id;
const WG = 'mispa-iii/wg-2011-09-15';
const { id: _id, planId: _p, updatedAt: _u, sequence: _s, ...draft } = makeMeeting({ startTime: '10:00', endTime: '13:00', place: fr('Washington') });

describe('addMeeting', () => {
  it('adds a meeting at SEQUENCE 0, dropping fields a form left blank', async () => {
    const db = await seededDb();
    const meeting = await addMeeting(db, PLAN, { ...draft, endDate: '', title: fr('') }, T1);
    expect(meeting.id.startsWith(`${PLAN}/meeting-`)).toBe(true);
    expect(await db.meetings.get(meeting.id)).toEqual({ ...draft, id: meeting.id, planId: PLAN, updatedAt: T1.toISOString(), sequence: 0 });
    expect(await historyOfRecord(db, PLAN, meeting.id)).toMatchObject([{ op: 'create', command: 'addMeeting', at: T1.toISOString() }]);
  });

  it('refuses an end before the start, a date that does not exist, a time without zone; writes nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    const cases: Partial<Meeting>[] = [{ startDate: '2011-09-15', endDate: '2011-09-14' }, { startDate: '2011-02-29' }, { timeZone: '' }, { endTime: '09:00' }];
    for (const c of cases) await expect(addMeeting(db, PLAN, { ...draft, ...c })).rejects.toBeInstanceOf(ValidationError);
    await expect(updateMeeting(db, WG, { startDate: '2011-13-01' })).rejects.toBeInstanceOf(ValidationError);
    expect(await dump(db)).toEqual(before);
  });
});

describe('updateMeeting and SEQUENCE', () => {
  it.each<[string, Parameters<typeof updateMeeting>[2]]>([
    ['time', { startTime: '10:00', endTime: '12:00' }],
    ['place', { place: fr('Salle Simón Bolívar') }],
    ['title', { title: fr('Première réunion') }],
    ['status', { status: 'held' }],
    ['date', { startDate: '2011-09-16' }],
  ])('raises SEQUENCE after a %s edit', async (_what, patch) => {
    const db = await seededDb();
    const after = await updateMeeting(db, WG, patch, T1);
    expect(after).toMatchObject({ ...patch, sequence: 1, updatedAt: T1.toISOString() });
    expect(await db.meetings.get(WG)).toEqual(after);
    expect(await historyOfRecord(db, PLAN, WG)).toMatchObject([{ op: 'update', command: 'updateMeeting', after }]);
  });

  it('keeps SEQUENCE after an edit no calendar shows, and after agenda-only edits', async () => {
    const db = await seededDb();
    expect((await updateMeeting(db, WG, { kind: 'expert', title: fr('Experts') })).sequence).toBe(1);
    expect((await updateMeeting(db, WG, { kind: 'other' })).sequence).toBe(1);
    const stored = await db.meetings.get(WG);
    const item = await addAgendaItem(db, WG, fr('Divers'));
    await updateAgendaItem(db, item.id, fr('Questions diverses'));
    await moveAgendaItem(db, item.id, 0);
    await recordOutcome(db, item.id, { kind: 'decided' });
    expect(await db.meetings.get(WG)).toEqual(stored);
  });

  it('removes optional fields given null or blank', async () => {
    const db = await seededDb();
    await updateMeeting(db, WG, { startTime: '10:00', endTime: '11:00' });
    const after = await updateMeeting(db, WG, { startTime: null, endTime: '' });
    expect(after.startTime).toBeUndefined();
    expect(after.endTime).toBeUndefined();
    expect(after.sequence).toBe(2);
  });
});

describe('postpone, cancel, delete', () => {
  it('postpones, with or without a new date, and cancels, raising SEQUENCE each time', async () => {
    const db = await seededDb();
    expect(await postponeMeeting(db, WG)).toMatchObject({ status: 'postponed', startDate: '2011-09-15', sequence: 1 });
    expect(await postponeMeeting(db, WG, { startDate: '2011-10-06', startTime: '10:00' })).toMatchObject({
      status: 'postponed',
      startDate: '2011-10-06',
      startTime: '10:00',
      sequence: 2,
    });
    expect(await cancelMeeting(db, WG)).toMatchObject({ status: 'cancelled', sequence: 3 });
    expect((await historyOfRecord(db, PLAN, WG)).map((e) => e.command)).toEqual(['cancelMeeting', 'postponeMeeting', 'postponeMeeting']);
  });

  it('refuses to postpone to a date that does not exist', async () => {
    const db = await seededDb();
    await expect(postponeMeeting(db, WG, { startDate: '2011-09-31' })).rejects.toBeInstanceOf(ValidationError);
    expect((await db.meetings.get(WG))?.status).toBe('planned');
  });

  it('deletes a meeting with its agenda in one batch; undo restores both exactly', async () => {
    const db = await seededDb();
    const doc = await db.documents.get('mispa-iii/doc-ag-res-2692');
    // Set-up: a document that also cites the meeting.
    await db.documents.put({ ...doc!, citedIn: [...doc!.citedIn, { kind: 'meeting', id: WG }] });
    const cited = (await loadPlanBundle(db, PLAN))!;
    await deleteMeeting(db, WG, T1);
    expect(await loadMeeting(db, WG)).toBeUndefined();
    expect(await db.agendaItems.where({ meetingId: WG }).count()).toBe(0);
    expect(danglingReferences((await loadPlanBundle(db, PLAN))!)).toEqual([]);
    const entries = await historyOfPlan(db, PLAN);
    expect(new Set(entries.map((e) => e.batch)).size).toBe(1);
    expect(entries).toHaveLength(1 + 6 + 1); // the meeting, its 6 items, the document citing it
    await undoLast(db, PLAN, T2);
    expect(diffBundles(cited, (await loadPlanBundle(db, PLAN))!)).toEqual([]);
  });
});
