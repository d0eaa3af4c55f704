/*
 * Keeping followed plans current while the app is open (following/check-store.ts does one
 * check): every followed plan is checked when the app starts online and when the device comes
 * back online; while the app is open, and when it is shown again, once its check is due (15
 * minutes after the last, or later after failures). Nothing of this loads on a device that follows no plan
 * beyond one read of `meta`. Periodic Background Sync is not used: it needs an installed app
 * with engagement in Chromium only, and checking on the way in covers what it would.
 */
import { followedPlans } from '../db/commands/follow-commands.ts';
import { checkDue } from '../domain/following.ts';
import type { Id } from '../domain/types.ts';
import type { CheckOutcome } from '../following/check-store.ts';
import { database } from './database.ts';

const TICK_MS = 60_000;

let started = false;
let running: Promise<void> | undefined;

export function startFollowing(): void {
  if (started) return;
  started = true;
  const run = (force: boolean) => {
    if (!navigator.onLine || document.visibilityState === 'hidden') return;
    running ??= checkAll(force).finally(() => (running = undefined));
  };
  run(true);
  addEventListener('online', () => run(true));
  document.addEventListener('visibilitychange', () => run(false));
  setInterval(() => run(false), TICK_MS);
}

async function checkAll(force: boolean): Promise<void> {
  const { db } = await database();
  const now = new Date();
  const due = (await followedPlans(db)).filter((record) => force || checkDue(record, now));
  for (const record of due) await checkPlan(record.planId).catch(() => undefined);
}

/** Checks `planId` now (the "Check now" button, and each due check). */
export async function checkPlan(planId: Id): Promise<CheckOutcome | undefined> {
  const [{ db }, tools] = await Promise.all([database(), import('../following/check-tools.ts')]);
  return tools.checkFollowed(db, planId, {
    pageUrl: location.href,
    now: new Date(),
    read: (blob) => tools.readPlanFileOffThread(blob),
    previewImport: tools.previewImport,
    applyImport: tools.applyImport,
  });
}
