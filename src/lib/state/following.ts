/*
 * Keeping followed plans current (following/check-store.ts does one check): every followed
 * plan is checked when the app starts online and when the device comes back online; while
 * the app is open, and when it is shown again, once its check is due (15 minutes after the
 * last, or later after failures). Where the browser has Periodic Background Sync, it also
 * checks while the app is closed (background-check.ts): a copy it kept is taken at the next
 * check, offline too. After each check of a plan whose documents are kept offline, the texts it
 * names and this device lacks are fetched (documents/keep-offline.ts). Nothing of this loads on a device that follows no plan beyond one read of `meta`.
 */
import { followedPlans, followOf } from '../db/commands/follow-commands.ts';
import { checkDue } from '../domain/following.ts';
import type { Id } from '../domain/types.ts';
import type { CheckOutcome } from '../following/check-store.ts';
import { hasBackgroundCopy, keepBackgroundCheck, onBackgroundCheck, takeBackgroundCopy } from './background-check.ts';
import { database } from './database.ts';

const TICK_MS = 60_000;

let started = false;
let running: Promise<void> | undefined;

export function startFollowing(): void {
  if (started) return;
  started = true;
  const run = (force: boolean) => {
    if (document.visibilityState === 'hidden') return;
    // A check that could not read the database (closed by the browser: site data cleared) is
    // tried again at the next tick: nothing of it is the user's to see.
    running ??= checkAll(force, navigator.onLine)
      .catch(() => undefined)
      .finally(() => (running = undefined));
  };
  run(true);
  void backgroundCheckFollows();
  addEventListener('online', () => run(true));
  document.addEventListener('visibilitychange', () => run(false));
  setInterval(() => run(false), TICK_MS);
  // The background check found this window open: it checks here, with the whole import code.
  onBackgroundCheck(() => run(true));
}

/** Online: the plans due (all when forced). Online or not: the plans the background check kept a new copy of. */
async function checkAll(force: boolean, online: boolean): Promise<void> {
  const { db } = await database();
  const now = new Date();
  for (const record of await followedPlans(db)) {
    const due = (online && (force || checkDue(record, now))) || (await hasBackgroundCopy(record.url));
    if (due) await checkPlan(record.planId).catch(() => undefined);
  }
}

/** The background check registered while some plan is followed, and only then (after following or unfollowing). */
export async function backgroundCheckFollows(): Promise<void> {
  const { db } = await database();
  // Never rejects: not read (the database closed by the browser), it is set again at the next follow or start.
  const followed = await followedPlans(db).catch(() => undefined);
  if (followed) await keepBackgroundCheck(followed.length > 0);
}

/**
 * Checks `planId` now (the "Check now" button, and each due check). The server is asked
 * first; when it cannot be reached (offline), a copy the background check kept is taken as
 * its latest answer. The copy is used once either way: the server's own answer supersedes it.
 */
export async function checkPlan(planId: Id): Promise<CheckOutcome | undefined> {
  const [{ db }, tools] = await Promise.all([database(), import('../following/check-tools.ts')]);
  const record = await followOf(db, planId);
  const copy = record ? await takeBackgroundCopy(record.url) : undefined;
  const fetchImpl: typeof fetch = async (input, init) => {
    try {
      return await fetch(input, init);
    } catch (error) {
      if (copy) return copy;
      throw error;
    }
  };
  const outcome = await tools.checkFollowed(db, planId, {
    pageUrl: location.href,
    now: new Date(),
    read: (blob) => tools.readPlanFileOffThread(blob),
    previewImport: tools.previewImport,
    applyImport: tools.applyImport,
    fetchImpl,
  });
  // Documents kept offline: the texts the plan now names and this device lacks (none: no request).
  const after = await followOf(db, planId);
  if (after?.keepDocuments && outcome?.kind !== 'failed' && navigator.onLine)
    void import('./documents.svelte.ts').then((documents) => documents.keepOffline(planId, after.url)).catch(() => undefined);
  return outcome;
}
