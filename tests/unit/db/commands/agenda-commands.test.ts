import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  moveAgendaItem,
  recordOutcome,
  RecordNotFoundError,
  removeAgendaItem,
  setCurrentAgendaItem,
  undoLast,
  updateAgendaItem,
  ValidationError,
} from '../../../../src/lib/db/commands/index.ts';
import { historyOfRecord } from '../../../../src/lib/db/history.ts';
import { loadMeeting } from '../../../../src/lib/db/queries.ts';
import { exportFingerprint } from '../../../../src/lib/domain/export-state.ts';
import { AGENDA_ITEM_MAX } from '../../../../src/lib/domain/validation.ts';
import { fr } from '../../factories.ts';
import { dump, seededDb, T1, T2 } from '../db-helpers.ts';

const WG = 'mispa-iii/wg-2011-09-15';
const A = (n: number) => `${WG}/a${n}`;
const agenda = async (db: Awaited<ReturnType<typeof seededDb>>) => (await loadMeeting(db, WG))!.agenda;

describe('agenda items', () => {
  it('adds an item at the end and edits its text', async () => {
    const db = await seededDb();
    const item = await addAgendaItem(db, WG, fr('Questions diverses'), T1);
    expect(item).toMatchObject({ meetingId: WG, planId: 'mispa-iii', order: 6, updatedAt: T1.toISOString() });
    expect((await agenda(db)).at(-1)).toEqual(item);
    const edited = await updateAgendaItem(db, item.id, fr('Autres questions'), T2);
    expect(await db.agendaItems.get(item.id)).toEqual(edited);
    expect((await historyOfRecord(db, 'mispa-iii', item.id)).map((e) => [e.op, e.command])).toEqual([
      ['update', 'updateAgendaItem'],
      ['create', 'addAgendaItem'],
    ]);
  });

  it('moves items up, down and to an index, keeping orders 0..n-1', async () => {
    const db = await seededDb();
    await moveAgendaItem(db, A(3), 'up');
    expect((await agenda(db)).map((i) => i.id)).toEqual([A(1), A(3), A(2), A(4), A(5), A(6)]);
    await moveAgendaItem(db, A(1), 'down');
    await moveAgendaItem(db, A(6), 0);
    expect((await agenda(db)).map((i) => i.id)).toEqual([A(6), A(3), A(1), A(2), A(4), A(5)]);
    expect((await agenda(db)).map((i) => i.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('writes nothing when a move changes nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    await moveAgendaItem(db, A(1), 'up');
    await moveAgendaItem(db, A(6), 99);
    expect(await dump(db)).toEqual(before);
  });

  it('removes an item and renumbers the rest', async () => {
    const db = await seededDb();
    await removeAgendaItem(db, A(2));
    expect((await agenda(db)).map((i) => [i.id, i.order])).toEqual([
      [A(1), 0],
      [A(3), 1],
      [A(4), 2],
      [A(5), 3],
      [A(6), 4],
    ]);
  });

  it('records an outcome with a note, and clears it', async () => {
    const db = await seededDb();
    const decided = await recordOutcome(db, A(1), { kind: 'decided', note: fr('Élue par acclamation') }, T1);
    expect(decided.outcome).toEqual({ kind: 'decided', note: fr('Élue par acclamation'), recordedAt: T1.toISOString() });
    expect((await recordOutcome(db, A(2), { kind: 'withdrawn', note: fr(' ') })).outcome).toEqual({ kind: 'withdrawn', recordedAt: expect.any(String) });
    expect((await recordOutcome(db, A(1), null)).outcome).toBeUndefined();
    expect((await db.agendaItems.get(A(1)))?.outcome).toBeUndefined();
  });

  it('refuses empty or too long text and bad outcomes, writing nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    await expect(addAgendaItem(db, WG, fr('  '))).rejects.toBeInstanceOf(ValidationError);
    await expect(updateAgendaItem(db, A(1), fr('x'.repeat(AGENDA_ITEM_MAX + 1)))).rejects.toBeInstanceOf(ValidationError);
    const error = await recordOutcome(db, A(1), { kind: 'postponed', note: fr('x'.repeat(3000)) }).catch((e: unknown) => e);
    expect(Object.keys((error as ValidationError).errors)).toEqual(['outcome.note']);
    await expect(addAgendaItem(db, 'nope', fr('Texte'))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await dump(db)).toEqual(before);
  });
});

describe('the item under discussion', () => {
  const fingerprint = async (db: Awaited<ReturnType<typeof seededDb>>) => exportFingerprint((await db.meetings.get(WG))!, await db.agendaItems.toArray());

  it('is set and cleared on the meeting, with a history entry, without raising its SEQUENCE nor changing its export', async () => {
    const db = await seededDb();
    const before = (await db.meetings.get(WG))!;
    const exported = await fingerprint(db);
    const marked = await setCurrentAgendaItem(db, WG, A(2), T1);
    expect(marked).toEqual({ ...before, currentItemId: A(2) });
    expect(await db.meetings.get(WG)).toEqual(marked);
    expect(await fingerprint(db)).toBe(exported);
    const [entry] = await historyOfRecord(db, 'mispa-iii', WG);
    expect(entry).toMatchObject({ op: 'update', command: 'setCurrentAgendaItem', at: T1.toISOString(), before, after: marked });

    await setCurrentAgendaItem(db, WG, A(3), T2);
    expect((await db.meetings.get(WG))?.currentItemId).toBe(A(3));
    const cleared = await setCurrentAgendaItem(db, WG, null, T2);
    expect(cleared).toEqual(before);
    expect((await historyOfRecord(db, 'mispa-iii', WG)).map((e) => e.command)).toEqual([
      'setCurrentAgendaItem',
      'setCurrentAgendaItem',
      'setCurrentAgendaItem',
    ]);
  });

  it('is undone like any change', async () => {
    const db = await seededDb();
    const before = await db.meetings.get(WG);
    await setCurrentAgendaItem(db, WG, A(1), T1);
    await setCurrentAgendaItem(db, WG, A(2), T1);
    await undoLast(db, 'mispa-iii', T2);
    expect((await db.meetings.get(WG))?.currentItemId).toBe(A(1));
    await undoLast(db, 'mispa-iii', T2);
    expect(await db.meetings.get(WG)).toEqual(before);
  });

  it('is cleared, in the same command, when that item is removed (and back with undo)', async () => {
    const db = await seededDb();
    await setCurrentAgendaItem(db, WG, A(2), T1);
    await removeAgendaItem(db, A(3), T1);
    expect((await db.meetings.get(WG))?.currentItemId).toBe(A(2));
    await removeAgendaItem(db, A(2), T2);
    expect((await db.meetings.get(WG))?.currentItemId).toBeUndefined();
    expect((await historyOfRecord(db, 'mispa-iii', WG))[0]).toMatchObject({ command: 'removeAgendaItem', op: 'update' });
    await undoLast(db, 'mispa-iii', T2);
    expect((await db.meetings.get(WG))?.currentItemId).toBe(A(2));
    expect(await db.agendaItems.get(A(2))).toBeTruthy();
  });

  it('refuses an item of another meeting or one that does not exist, writing nothing', async () => {
    const db = await seededDb();
    const before = await dump(db);
    await expect(setCurrentAgendaItem(db, WG, 'mispa-iii/wg-2011-09-22/a1')).rejects.toBeInstanceOf(ValidationError);
    await expect(setCurrentAgendaItem(db, WG, 'nope')).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(setCurrentAgendaItem(db, 'nope', null)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await dump(db)).toEqual(before);
  });
});
