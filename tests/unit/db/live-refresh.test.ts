import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import { recordOutcome, updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { live, type LiveValue } from '../../../src/lib/db/live.svelte.ts';
import { loadCurrentPlan } from '../../../src/lib/db/queries.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { inEffectRoot } from '../helpers/effect-root.svelte.ts';

/** Runs `live` in an effect root, as a component would, and waits until `ready` holds. */
async function watch(db: QuorumDatabase) {
  let value!: LiveValue<PlanBundle | undefined>;
  const stop = inEffectRoot(() => {
    value = live(() => () => loadCurrentPlan(db));
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
    await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
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
    await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
    const meeting = mispaIII.meetings.find((m) => m.kind === 'working-group')!;
    const { until, stop } = await watch(db);
    await until((v) => v !== undefined);
    await updateMeeting(new QuorumDatabase(), meeting.id, { startTime: '10:00' });
    const after = await until((v) => v?.meetings.find((m) => m.id === meeting.id)?.startTime === '10:00');
    expect(after?.meetings.find((m) => m.id === meeting.id)?.startTime).toBe('10:00');
    stop();
  });
});
