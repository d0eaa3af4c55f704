/*
 * One check of a followed plan (domain/following.ts), database side. It asks the server
 * whether the plan file changed since the copy last seen (fetchIfChanged: a 304 costs no
 * body); a changed file is read and compared with the plan here like any file (previewImport).
 * An update that changes nothing here only notes the new version. One that does is applied at
 * once when the user chose "apply updates automatically" and it overwrites nothing they
 * changed here and is verified (signed by the publisher's pinned key); otherwise it waits as
 * `pending` for the user's tap, with the usual preview (and its warning when not verified).
 * The user's marks and notes survive either way (the import keeps them). Any failure (offline,
 * server error, a file that is not a plan file, or not this plan) is quiet: the next check
 * waits longer, and the plan on the device is left as it is.
 */
import { updateFollow, followOf } from '../db/commands/follow-commands.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { retryAfter, type FollowRecord } from '../domain/following.ts';
import { planVersion } from '../domain/plan-version.ts';
import type { Id } from '../domain/types.ts';
import { fetchIfChanged } from '../plan-files/fetch-file.ts';
import type { ReadResult } from '../plan-files/read-file.ts';
import type { applyImport, previewImport } from '../plan-files/index.ts';

export type CheckOutcome =
  | { kind: 'unchanged' }
  | { kind: 'applied'; changes: number; version: string }
  | { kind: 'pending'; changes: number; version: string; unverified?: true }
  | { kind: 'failed' };

export type CheckTools = {
  pageUrl: string;
  now: Date;
  fetchImpl?: typeof fetch;
  /** Reads a fetched file (off the main thread in the app). */
  read: (blob: Blob) => Promise<ReadResult>;
  previewImport: typeof previewImport;
  applyImport: typeof applyImport;
};

export async function checkFollowed(db: QuorumDatabase, planId: Id, tools: CheckTools): Promise<CheckOutcome | undefined> {
  const record = await followOf(db, planId);
  // A followed plan deleted here (undo may bring it back) is not asked for meanwhile.
  if (!record || !(await db.plans.get(planId))) return undefined;
  const stamp = tools.now.toISOString();
  const failed = async (): Promise<CheckOutcome> => {
    await updateFollow(db, planId, (r) => ({ ...r, failures: r.failures + 1, retryAt: retryAfter(r.failures + 1, tools.now) }));
    return { kind: 'failed' };
  };
  const answered = (patch: Partial<FollowRecord>) => (r: FollowRecord) => {
    const { retryAt: _retry, ...rest } = r;
    return { ...rest, failures: 0, checkedAt: stamp, ...patch };
  };

  const got = await fetchIfChanged(record.url, tools.pageUrl, { etag: record.etag, lastModified: record.lastModified }, tools.fetchImpl);
  if (!got.ok) return failed();
  if ('unchanged' in got) {
    await updateFollow(db, planId, answered({}));
    return { kind: 'unchanged' };
  }
  const read = await tools.read(got.blob);
  if (!read.ok) return failed();
  const entry = read.file.plans.find((p) => p.bundle.plan.id === planId);
  if (!entry) return failed();
  // Only this plan: a site's file could hold others the user does not follow.
  const file = { ...read.file, plans: [entry] };
  const version = planVersion(entry.bundle);
  const preview = await tools.previewImport(db, file);
  const plan = preview.plans[0];
  const changes = plan?.kind === 'update' ? plan.changes.length : 1;
  const validators = got.validators;
  const seen = { etag: validators.etag, lastModified: validators.lastModified };
  // The device now holds the file's version: nothing waits any more.
  const upToDate = (r: FollowRecord): FollowRecord => ({ ...answered({ ...seen, asOf: version })(r), pending: undefined });
  if (changes === 0) {
    await updateFollow(db, planId, upToDate);
    return { kind: 'unchanged' };
  }
  // Never applied by itself: an update that overwrites the user's changes, or one not verified
  // (not signed by the key pinned for the plan: domain/trust.ts), which waits with its warning.
  const clean = preview.canApply && !preview.unverified && plan?.kind === 'update' && plan.conflicts.length === 0;
  if (record.auto && clean) {
    await tools.applyImport(db, file, { planIds: [planId], seenHistory: preview.seenHistory }, tools.now);
    await updateFollow(db, planId, upToDate);
    return { kind: 'applied', changes, version };
  }
  const unverified = preview.unverified ? { unverified: true as const } : {};
  await updateFollow(db, planId, answered({ ...seen, pending: { version, changes, ...unverified } }));
  return { kind: 'pending', changes, version, ...unverified };
}
