import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { recordOutcome, updateMeeting, updateSection } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { seededDb } from '../db/db-helpers.ts';
import { live, type LiveValue, type Query } from '../../../src/lib/state/live.svelte.ts';
import { readMeeting, readMeetingsOf } from '../../../src/lib/state/meeting-reads.ts';
import { readWholePlan } from '../../../src/lib/state/whole-plan-reads.ts';
import { inEffectRoot } from '../helpers/effect-root.svelte.ts';

async function until(ready: () => boolean) {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
}
/** Lets every signal arrive and every query it started end. */
const settle = () => new Promise((r) => setTimeout(r, 150));

/** Live queries run in an effect root, each counting its runs. */
function watchAll<T extends Record<string, Query<unknown>>>(queries: T) {
  const runs = Object.fromEntries(Object.keys(queries).map((k) => [k, 0])) as Record<keyof T, number>;
  const values = {} as Record<keyof T, LiveValue<unknown>>;
  const stop = inEffectRoot(() => {
    for (const [name, query] of Object.entries(queries) as [keyof T, Query<unknown>][]) {
      values[name] = live(() => (reads, db) => (runs[name]++, query(reads, db)));
    }
  });
  flushSync();
  return { runs, values, stop };
}

const wg = mispaIII.meetings.filter((m) => m.kind === 'working-group');
const [first, second] = [wg[0]!, wg[1]!];
const itemOf = (meetingId: string) => mispaIII.agendaItems.find((i) => i.meetingId === meetingId)!;

describe('live queries re-run only for what they read', () => {
  it('an outcome re-runs its meeting’s query, not another meeting’s, nor a query of other tables', async () => {
    const db = new QuorumDatabase();
    await seededDb(db);
    const { runs, values, stop } = watchAll({
      first: (reads) => readMeeting(db, reads, first.id),
      second: (reads) => readMeeting(db, reads, second.id),
      meetings: (reads) => readMeetingsOf(db, reads, mispaIII.plan.id),
      plan: (reads) => readWholePlan(db, reads, mispaIII.plan.id),
    });
    await until(() => Object.values(values).every((v) => v.loaded));
    expect(runs).toEqual({ first: 1, second: 1, meetings: 1, plan: 1 });

    await recordOutcome(db, itemOf(first.id).id, { kind: 'decided' });
    await settle();
    // The whole plan shows agenda items, so it re-reads too; the other meeting and the list do not.
    expect(runs).toEqual({ first: 2, second: 1, meetings: 1, plan: 2 });
    expect((values.first.value as { agenda: { outcome?: { kind: string } }[] }).agenda[0]?.outcome?.kind).toBe('decided');

    const section = mispaIII.sections.find((x) => x.id !== first.sourceSectionId && x.id !== second.sourceSectionId)!;
    await updateSection(db, section.id, { number: '9' });
    await settle();
    expect(runs).toEqual({ first: 2, second: 1, meetings: 1, plan: 3 });

    await updateMeeting(db, second.id, { startTime: '10:00' });
    await settle();
    expect(runs).toEqual({ first: 2, second: 2, meetings: 2, plan: 4 });
    stop();
  });

  it('sees a change made through another connection (another tab)', async () => {
    const db = new QuorumDatabase();
    await seededDb(db);
    const { values, stop } = watchAll({ first: (reads) => readMeeting(db, reads, first.id) });
    await until(() => values.first.loaded);
    await recordOutcome(new QuorumDatabase(), itemOf(first.id).id, { kind: 'withdrawn' });
    const outcome = () => (values.first.value as { agenda: { outcome?: { kind: string } }[] }).agenda[0]?.outcome?.kind;
    await until(() => outcome() === 'withdrawn');
    expect(outcome()).toBe('withdrawn');
    stop();
  });

  it('sees an item moved into its meeting, and one moved out or deleted', async () => {
    const db = new QuorumDatabase();
    await seededDb(db);
    const { values, stop } = watchAll({ second: (reads) => readMeeting(db, reads, second.id) });
    await until(() => values.second.loaded);
    const agenda = () => (values.second.value as { agenda: { id: string }[] }).agenda.map((i) => i.id);
    const moved = itemOf(first.id);
    // Written directly (commands never move items): Dexie names only the new meetingId here.
    await db.agendaItems.put({ ...moved, meetingId: second.id });
    await until(() => agenda().includes(moved.id));
    expect(agenda()).toContain(moved.id);
    await db.agendaItems.put(moved);
    await until(() => !agenda().includes(moved.id));
    expect(agenda()).not.toContain(moved.id);
    const gone = itemOf(second.id);
    await db.agendaItems.delete(gone.id);
    await until(() => !agenda().includes(gone.id));
    expect(agenda()).not.toContain(gone.id);
    stop();
  });
});
