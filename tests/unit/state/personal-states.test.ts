import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { commands } from '../../../src/lib/state/commands.ts';
import { MarksState, NoteState, PlanNotesState } from '../../../src/lib/state/personal.svelte.ts';
import { seedAppDb } from '../components/app-db.ts';
import { inEffectRoot } from '../helpers/effect-root.svelte.ts';

function make<T>(build: () => T): { state: T; stop: () => void } {
  let state!: T;
  const stop = inEffectRoot(() => void (state = build()));
  flushSync();
  return { state, stop };
}
async function until(ready: () => boolean, what = '') {
  for (let i = 0; i < 300 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ready(), what).toBe(true);
}

const PLAN = mispaIII.plan.id;
const meeting = mispaIII.meetings.find((m) => m.startDate === '2011-09-15')!;
const item = mispaIII.agendaItems.find((i) => i.meetingId === meeting.id)!;

describe('the personal states', () => {
  it('follow marks, the meetings they follow, and what changed since seen, until acknowledged', async () => {
    await seedAppDb();
    const { state, stop } = make(() => new MarksState(() => PLAN));
    await until(() => state.loaded, 'step 1');
    expect(state.marks).toEqual([]);
    await commands.setMark(PLAN, 'meeting', meeting.id, true);
    await commands.setMark(PLAN, 'agendaItem', item.id, true);
    await until(() => state.isMine(meeting.id) && state.isMine(item.id), 'step 2');
    expect(state.meeting(meeting.id)?.id).toBe(meeting.id);
    expect(state.item(item.id)?.id).toBe(item.id);
    await commands.cancelMeeting(meeting.id);
    await until(() => state.changes.length === 2, 'step 3');
    expect(state.changes.map((c) => c.kind)).toEqual(['cancelled', 'cancelled']);
    await commands.acknowledgeMarks(PLAN);
    await until(() => state.changes.length === 0, 'step 4');
    await commands.setMark(PLAN, 'meeting', meeting.id, false);
    await until(() => !state.isMine(meeting.id), 'step 5');
    stop();
  });

  it('follow one record’s note and a plan’s notes as they are typed', async () => {
    await seedAppDb();
    const { state, stop } = make(() => ({
      note: new NoteState(
        () => PLAN,
        () => item.id,
      ),
      all: new PlanNotesState(() => PLAN),
    }));
    await until(() => state.note.loaded, 'step 6');
    expect(state.note.note).toBeUndefined();
    await commands.setNote(PLAN, 'agendaItem', item.id, 'Voter pour');
    await until(() => state.note.note?.text === 'Voter pour' && state.all.notes.length === 1, 'step 7');
    await commands.setNote(PLAN, 'agendaItem', item.id, '');
    await until(() => state.note.note === undefined && state.all.notes.length === 0, 'step 8');
    stop();
  });
});
