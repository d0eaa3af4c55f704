import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { commands } from '../../../src/lib/state/commands.ts';
import { PlanModeState } from '../../../src/lib/state/plan-mode.svelte.ts';
import { seedAppDb } from '../components/app-db.ts';
import { box } from '../helpers/box.svelte.ts';
import { inEffectRoot } from '../helpers/effect-root.svelte.ts';

function make<T>(build: () => T): { state: T; stop: () => void } {
  let state!: T;
  const stop = inEffectRoot(() => void (state = build()));
  flushSync();
  return { state, stop };
}
async function until(ready: () => boolean) {
  for (let i = 0; i < 300 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ready()).toBe(true);
}

const PLAN = mispaIII.plan.id;

describe('PlanModeState', () => {
  it('reads the seeded plan in reading mode, and follows the switch both ways', async () => {
    await seedAppDb(mispaIII, 'reading');
    const { state, stop } = make(() => new PlanModeState(() => PLAN));
    expect(state.organiser).toBe(false);
    await until(() => state.loaded);
    expect(state.organiser).toBe(false);
    await commands.setPlanMode(PLAN, 'organiser');
    await until(() => state.organiser);
    await commands.setPlanMode(PLAN, 'reading');
    await until(() => !state.organiser);
    stop();
  });

  it('reads the plan it is given, and no plan as reading mode', async () => {
    await seedAppDb(mispaIII, 'reading');
    const created = await commands.createEmptyPlan({ title: 'Mon plan', timeZone: 'Europe/Paris', language: 'fr' });
    const planId = box<string | undefined>(created.id);
    const { state, stop } = make(() => new PlanModeState(() => planId.value));
    await until(() => state.organiser);
    planId.value = PLAN;
    await until(() => !state.organiser);
    planId.value = undefined;
    flushSync();
    await until(() => state.loaded && !state.organiser);
    stop();
  });
});
