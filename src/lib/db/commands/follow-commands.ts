/*
 * Following a published plan (domain/following.ts): the device's own choice, kept in `meta`
 * under "follow:<planId>", never in the plan, its history or a plan file. Allowed in reading
 * mode: a delegate follows what the secretariat publishes. Beside it, the publishers' keys
 * trusted for the plan ("signers:<planId>", domain/trust.ts), written by the import that
 * applies a signed file (plan-files/apply-store.ts).
 */
import { followKey, type FollowRecord } from '../../domain/following.ts';
import { signersKey, type PinnedKeys } from '../../domain/trust.ts';
import type { Id } from '../../domain/types.ts';
import type { Validators } from '../../plan-files/fetch-file.ts';
import type { QuorumDatabase } from '../database.ts';
import { RecordNotFoundError } from './errors.ts';
import { changeMetaRecord } from './meta-record.ts';

/**
 * Follows `planId` at `url`, holding version `asOf` of it; an update that was waiting is gone
 * (it was just applied). `validators`: what the server sent with the file just applied, so
 * the first check can already be answered by a 304.
 */
export async function followPlan(db: QuorumDatabase, planId: Id, url: string, asOf?: string, validators?: Validators): Promise<void> {
  await db.transaction('rw', [db.plans, db.meta], async () => {
    if (!(await db.plans.get(planId))) throw new RecordNotFoundError('plans', planId);
    const before = (await db.meta.get(followKey(planId)))?.value as FollowRecord | undefined;
    // Followed again at the same address (an update applied by hand): what the last check saw
    // still describes the server's copy, so the next check can still be answered by a 304.
    const kept = before?.url === url ? { etag: before.etag, lastModified: before.lastModified, checkedAt: before.checkedAt } : {};
    const seen = validators?.etag || validators?.lastModified ? { ...kept, etag: validators.etag, lastModified: validators.lastModified } : kept;
    const keep = before?.keepDocuments ? { keepDocuments: true as const } : {};
    const record: FollowRecord = { planId, url, auto: before?.auto ?? false, ...keep, failures: 0, ...seen, ...(asOf ? { asOf } : {}) };
    await db.meta.put({ key: followKey(planId), value: record });
  });
}

export async function unfollowPlan(db: QuorumDatabase, planId: Id): Promise<void> {
  await db.meta.delete(followKey(planId));
}

export async function setFollowAuto(db: QuorumDatabase, planId: Id, auto: boolean): Promise<void> {
  await updateFollow(db, planId, (record) => ({ ...record, auto }));
}

/** Whether this device keeps the plan's documents offline (fetched with each update: documents/keep-offline.ts). */
export async function setKeepDocuments(db: QuorumDatabase, planId: Id, keep: boolean): Promise<void> {
  await updateFollow(db, planId, ({ keepDocuments: _keep, ...record }) => (keep ? { ...record, keepDocuments: true } : record));
}

/** Changes the follow record of `planId` in one transaction; nothing when the plan is not followed (any more). */
export async function updateFollow(db: QuorumDatabase, planId: Id, change: (record: FollowRecord) => FollowRecord): Promise<FollowRecord | undefined> {
  return changeMetaRecord(db, followKey(planId), change);
}

export async function followOf(db: QuorumDatabase, planId: Id): Promise<FollowRecord | undefined> {
  return (await db.meta.get(followKey(planId)))?.value as FollowRecord | undefined;
}

export async function followedPlans(db: QuorumDatabase): Promise<FollowRecord[]> {
  return (await db.meta.where('key').startsWith('follow:').toArray()).map((m) => m.value as FollowRecord);
}

/** The keys trusted here for the plan's files (domain/trust.ts), if any. */
export async function pinnedKeysOf(db: QuorumDatabase, planId: Id): Promise<PinnedKeys | undefined> {
  const pins = (await db.meta.get(signersKey(planId)))?.value as PinnedKeys | undefined;
  return Array.isArray(pins?.keys) ? pins : undefined;
}
