import Dexie, { RangeSet } from 'dexie';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { recordOutcome, updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { seededDb } from '../db/db-helpers.ts';
import { coalesced, live, type LiveValue } from '../../../src/lib/state/live.svelte.ts';
import { readCurrentPlan } from '../../../src/lib/state/plan-reads.ts';
import { readWholePlan } from '../../../src/lib/state/whole-plan-reads.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { inEffectRoot } from '../helpers/effect-root.svelte.ts';

/** Runs `live` in an effect root, as a component would, and waits until `ready` holds. */
async function watch(db: QuorumDatabase) {
  let value!: LiveValue<PlanBundle | undefined>;
  const stop = inEffectRoot(() => {
    value = live(() => async (reads) => {
      const plan = await readCurrentPlan(db, reads);
      return plan && readWholePlan(db, reads, plan.id);
    });
  });
  flushSync();
  const until = async (ready: (v: PlanBundle | undefined) => boolean) => {
    for (let i = 0; i < 100 && !ready(value.value); i++) await new Promise((r) => setTimeout(r, 20));
    return value.value;
  };
  return { until, stop };
}

describe('live queries see commands', () => {
  it('re-runs the current-plan query after an outcome is recorded', async () => {
    const db = new QuorumDatabase();
    await seededDb(db);
    const item = mispaIII.agendaItems[1]!;
    const { until, stop } = await watch(db);
    expect((await until((v) => v !== undefined))?.agendaItems.find((i) => i.id === item.id)?.outcome).toBeUndefined();
    await recordOutcome(db, item.id, { kind: 'decided' });
    const after = await until((v) => v?.agendaItems.find((i) => i.id === item.id)?.outcome !== undefined);
    expect(after?.agendaItems.find((i) => i.id === item.id)?.outcome?.kind).toBe('decided');
    stop();
  });

  it('re-runs it after a meeting is edited through another connection (another tab)', async () => {
    const db = new QuorumDatabase();
    await seededDb(db);
    const meeting = mispaIII.meetings.find((m) => m.kind === 'working-group')!;
    const { until, stop } = await watch(db);
    await until((v) => v !== undefined);
    await updateMeeting(new QuorumDatabase(), meeting.id, { startTime: '10:00' });
    const after = await until((v) => v?.meetings.find((m) => m.id === meeting.id)?.startTime === '10:00');
    expect(after?.meetings.find((m) => m.id === meeting.id)?.startTime).toBe('10:00');
    stop();
  });
});

describe('live queries under a burst of changes', () => {
  // A table the query notes it read, and a change Dexie would report for it.
  const meetings = new QuorumDatabase().meetings;
  const change = () => ({ 'idb://quorum/meetings/': new RangeSet('mispa-iii/m1') });
  it('run once more after the running query, however many changes came meanwhile', async () => {
    const answers: Array<(n: number) => void> = [];
    let runs = 0;
    let value!: LiveValue<number>;
    const stop = inEffectRoot(() => {
      value = live(() => (reads) => {
        reads.table(meetings);
        runs++;
        return new Promise<number>((resolve) => answers.push(resolve));
      });
    });
    flushSync();
    expect(runs).toBe(1);
    for (let i = 0; i < 5; i++) Dexie.on('storagemutated').fire(change());
    expect(runs).toBe(1);
    answers[0]!(1);
    await until(() => runs === 2);
    expect(value.value).toBe(1);
    answers[1]!(2);
    await until(() => value.value === 2);
    expect(runs).toBe(2);
    // A change after the query ended starts one at once.
    Dexie.on('storagemutated').fire(change());
    expect(runs).toBe(3);
    stop();
  });

  it('still shows the last write after a burst of commands', async () => {
    const db = new QuorumDatabase();
    await seededDb(db);
    const meeting = mispaIII.meetings.find((m) => m.kind === 'working-group')!;
    const { until: untilPlan, stop } = await watch(db);
    await untilPlan((v) => v !== undefined);
    for (const time of ['09:00', '10:00', '11:00', '12:00']) await updateMeeting(db, meeting.id, { startTime: time });
    const after = await untilPlan((v) => v?.meetings.find((m) => m.id === meeting.id)?.startTime === '12:00');
    expect(after?.meetings.find((m) => m.id === meeting.id)?.startTime).toBe('12:00');
    stop();
  });
});

describe('coalesced', () => {
  it('never runs twice at once and drops nothing', async () => {
    const ends: Array<() => void> = [];
    const run = coalesced(() => new Promise<void>((resolve) => ends.push(resolve)));
    run();
    run();
    run();
    expect(ends).toHaveLength(1);
    ends[0]!();
    await until(() => ends.length === 2);
    ends[1]!();
    await new Promise((r) => setTimeout(r, 20));
    expect(ends).toHaveLength(2);
  });
});

async function until(ready: () => boolean) {
  for (let i = 0; i < 100 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
}
